using System.Text.Json;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Rendering;

namespace Overeenkomst.Agreements;

/// <summary>The facts of one stored version: enough to render it again and compare its SHA-256.</summary>
/// <param name="Number">The version number, from 1.</param>
/// <param name="Kind">concept or definitief.</param>
/// <param name="Sha256">The SHA-256 of the .docx, lower-case hex.</param>
/// <param name="TemplateVersion">The version of the templates it was rendered with.</param>
/// <param name="CreatedAt">When it was made; also the date inside the document.</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="Title">The agreement's title in this version.</param>
public sealed record VersionRecord(int Number, string Kind, string Sha256, string TemplateVersion, DateTimeOffset CreatedAt, string CreatedBy, string Title)
{
    /// <summary>The kind of a draft.</summary>
    public const string Concept = "concept";

    /// <summary>The kind of the final version.</summary>
    public const string Definitief = "definitief";

    /// <summary>The <see cref="Rendering.RendererBuild"/> that wrote the file; null for a version made before builds were recorded.</summary>
    public string? RendererBuild { get; init; }

    /// <summary>The kind a render of <paramref name="kind"/> is stored as.</summary>
    public static string KindOf(DocumentKind kind) => kind == DocumentKind.Final ? Definitief : Concept;

    /// <summary>The options this version was rendered with: a download is named as its render was.</summary>
    public RenderOptions ToRenderOptions() =>
        new(Kind == Definitief ? DocumentKind.Final : DocumentKind.Draft, Number, CreatedAt, CreatedBy);
}

/// <summary>The content of <c>{id}/versions/{n}.json</c>: the version's facts and the answers and clause edits it was rendered from.</summary>
/// <param name="Version">The version's facts.</param>
/// <param name="Answers">The answers exactly as they were rendered.</param>
public sealed record VersionSnapshot(VersionRecord Version, JsonElement Answers)
{
    /// <summary>What the renderer was given, to render the version again; null for a version made before it was kept.</summary>
    public RenderInput? Input { get; init; }

    /// <summary>The version of the questionnaire the answers were given under; null for versions stored before it was recorded.</summary>
    public string? QuestionnaireVersion { get; init; }

    /// <summary>The clause edits it was rendered with: answers, these and the template version give the same bytes again.</summary>
    public IReadOnlyList<ClauseEdit> ClauseEdits { get; init; } = [];

    /// <summary>The name of who made it, as their sign-in gave it (a comparison names them as the author of its changes); null in versions made before names were kept.</summary>
    public string? CreatedByName { get; init; }

    /// <summary>The options to render it again with: the same bytes as stored.</summary>
    public RenderOptions ToRenderOptions() => Version.ToRenderOptions() with { Edits = ClauseEditMap.Of(ClauseEdits) };
}
