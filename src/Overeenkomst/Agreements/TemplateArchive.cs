using System.Collections.Concurrent;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>
/// Keeps every template set a version was rendered with, content-addressed and written once
/// (<c>templates/{version}/{name}.scriban</c>, then <c>sjablonen.json</c> naming them), and renders a version again with
/// its own set — the one running now, or a kept one when a deploy has moved on.
/// </summary>
/// <remarks>
/// A set's version is a hash of its names and texts, so a path never holds two different texts: writing a set that another
/// instance already kept changes nothing. What this instance remembers (that its set is kept, the sets it loaded) another
/// instance can always find in the store again.
/// </remarks>
public sealed class TemplateArchive
{
    private static readonly Dictionary<string, string> NoMetadata = [];

    private readonly IStore store;
    private readonly AgreementRenderer current;
    private readonly ConcurrentDictionary<string, AgreementRenderer> earlier = new(StringComparer.Ordinal);
    private volatile bool currentKept;

    /// <summary>Creates the archive; <paramref name="current"/> renders with the templates of this deploy.</summary>
    public TemplateArchive(IStore store, AgreementRenderer current)
    {
        this.store = store;
        this.current = current;
    }

    /// <summary>The version of the templates of this deploy.</summary>
    public string CurrentVersion => current.TemplateVersion;

    /// <summary>Makes sure the templates of this deploy are in the store, before the first version made with them is.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached.</exception>
    public async Task KeepCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (currentKept)
        {
            return;
        }

        var set = current.Templates;
        if (await store.ReadAsync(AgreementLayout.TemplateList(set.Version), cancellationToken).ConfigureAwait(false) is null)
        {
            // A template another instance wrote first is the same text (same version, same name): null is as good as written.
            await Task.WhenAll(set.Sources.Select(source => store.WriteAsync(AgreementLayout.Template(set.Version, source.Key),
                BinaryData.FromString(source.Value), WriteCondition.CreateNew, NoMetadata, cancellationToken))).ConfigureAwait(false);
            var list = AgreementJson.Serialize(new KeptTemplateSet(set.Version, [.. set.Sources.Keys.Order(StringComparer.Ordinal)]));
            await store.WriteAsync(AgreementLayout.TemplateList(set.Version), list, WriteCondition.CreateNew, NoMetadata, cancellationToken)
                .ConfigureAwait(false);
        }

        currentKept = true;
    }

    /// <summary>
    /// Renders <paramref name="input"/> with the template set it names and its clause edits; null when that set is neither
    /// this deploy's nor kept in the store (a version made before sets were kept).
    /// </summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with this model.</exception>
    public async Task<RenderedAgreement?> RenderAsync(RenderInput input, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var renderer = await RendererForAsync(input.TemplateVersion, cancellationToken).ConfigureAwait(false);
        return renderer?.Render(new TemplateModel(input.Model).Values(), options with { Edits = input.Edits }, cancellationToken);
    }

    /// <summary>Renders <paramref name="input"/> with this deploy's template set (always at hand) and its clause edits.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with this model.</exception>
    public RenderedAgreement RenderCurrent(RenderInput input, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return current.Render(new TemplateModel(input.Model).Values(), options with { Edits = input.Edits }, cancellationToken);
    }

    private async Task<AgreementRenderer?> RendererForAsync(string templateVersion, CancellationToken cancellationToken)
    {
        if (templateVersion == current.TemplateVersion)
        {
            return current;
        }

        if (earlier.TryGetValue(templateVersion, out var known))
        {
            return known;
        }

        if (await LoadAsync(templateVersion, cancellationToken).ConfigureAwait(false) is not { } set)
        {
            return null;
        }

        return earlier.GetOrAdd(templateVersion, new AgreementRenderer(set));
    }

    private async Task<TemplateSet?> LoadAsync(string templateVersion, CancellationToken cancellationToken)
    {
        if (!StoragePath.IsValid(AgreementLayout.TemplateList(templateVersion))
            || await store.ReadAsync(AgreementLayout.TemplateList(templateVersion), cancellationToken).ConfigureAwait(false) is not { } file)
        {
            return null;
        }

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in AgreementJson.Deserialize<KeptTemplateSet>(file.Content).Templates)
        {
            var path = AgreementLayout.Template(templateVersion, name);
            if (!StoragePath.IsValid(path) || await store.ReadAsync(path, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                return null;
            }

            sources[name] = text.Content.ToString();
        }

        try
        {
            var set = TemplateSet.FromSources(AgreementLayout.TemplateSet(templateVersion), sources);
            // The version is the hash of the texts: a set that does not hash to its own name is not the set the versions used.
            return set.Version == templateVersion ? set : null;
        }
        catch (TemplateSetException)
        {
            return null;
        }
    }
}

/// <summary>The content of <c>templates/{version}/sjablonen.json</c>: which templates the kept set has.</summary>
/// <param name="Version">The set's version.</param>
/// <param name="Templates">The names of its templates, such as <c>artikelen/overleg</c>.</param>
internal sealed record KeptTemplateSet(string Version, IReadOnlyList<string> Templates);
