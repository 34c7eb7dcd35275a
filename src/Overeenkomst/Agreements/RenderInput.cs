using System.Text.Json;
using Overeenkomst.Rendering;

namespace Overeenkomst.Agreements;

/// <summary>
/// Everything the renderer was given for a version's text, kept in its snapshot so the version can be rendered again years
/// later and compared byte for byte: the model the templates saw, the clause edits put in, and which templates and which
/// build of the renderer made the text.
/// </summary>
/// <param name="Model">The model the templates saw (<see cref="TemplateModel"/>).</param>
/// <param name="Edits">The clause texts that replaced the templates' ones, by clause id (<see cref="RenderOptions.Edits"/>).</param>
/// <param name="TemplateVersion">The template set, kept in the store under <c>templates/{version}/</c>.</param>
/// <param name="Build">The <see cref="RendererBuild"/> that laid out the text; a final written later from that text keeps it.</param>
public sealed record RenderInput(JsonElement Model, IReadOnlyDictionary<string, string> Edits, string TemplateVersion, string Build);
