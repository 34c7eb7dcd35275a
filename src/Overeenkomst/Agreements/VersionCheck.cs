using System.Security.Cryptography;
using Overeenkomst.Rendering;

namespace Overeenkomst.Agreements;

/// <summary>
/// Checks a stored version: its file against the SHA-256 recorded when it was made and, when this build of the renderer
/// made it, against a fresh render from what it was rendered from (with its own template set, kept in the store).
/// </summary>
public sealed class VersionCheck(VersionArchive versions, TemplateArchive templates)
{
    /// <summary>The outcome of checking version <paramref name="number"/>, or null when there is no such version.</summary>
    /// <exception cref="AgreementRenderException">The kept templates cannot be filled in with the kept model.</exception>
    public async Task<VersionCheckResult?> CheckAsync(AgreementId id, int number, CancellationToken cancellationToken = default)
    {
        if (await versions.ReadDocxAsync(id, number, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        // The snapshot is written first and once, so its record is what was recorded; the file's metadata must agree with it.
        var snapshot = await versions.ReadSnapshotAsync(id, number, cancellationToken).ConfigureAwait(false);
        var recorded = snapshot?.Version ?? stored.Version;
        var storedSha256 = Convert.ToHexStringLower(SHA256.HashData(stored.Content.ToMemory().Span));

        string? renderedSha256 = null;
        if (snapshot?.Input is { } input && IsThisBuild(recorded, input)
            && await templates.RenderAsync(input, recorded.ToRenderOptions(), cancellationToken).ConfigureAwait(false) is { } again)
        {
            renderedSha256 = again.Sha256;
        }

        var matches = storedSha256 == recorded.Sha256 && stored.Version.Sha256 == recorded.Sha256
            && (renderedSha256 is null || renderedSha256 == recorded.Sha256);
        return new VersionCheckResult(matches, recorded.Sha256, renderedSha256, recorded.TemplateVersion, renderedSha256 is not null);
    }

    // Another build may lay out or zip the same input differently; only the same build promises the same bytes. A final
    // has two: the one that laid out its approved text and the one that wrote its file.
    private static bool IsThisBuild(VersionRecord version, RenderInput input) =>
        version.RendererBuild == RendererBuild.Current && input.Build == RendererBuild.Current;
}

/// <summary>What checking a version found.</summary>
/// <param name="Matches">The stored file has the recorded SHA-256 and, when rendered again, so does the new render.</param>
/// <param name="Sha256">The SHA-256 recorded when the version was made.</param>
/// <param name="RenderedSha256">The SHA-256 of a fresh render; null when another build made the version or its templates are not kept.</param>
/// <param name="TemplateVersion">The template set the version's text was made with.</param>
/// <param name="Reproducible">Whether this build could render the version again (and did).</param>
public sealed record VersionCheckResult(bool Matches, string Sha256, string? RenderedSha256, string TemplateVersion, bool Reproducible);
