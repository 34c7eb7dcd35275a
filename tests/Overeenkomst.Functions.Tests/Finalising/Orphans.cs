using System.Text.Json;
using Overeenkomst.Agreements;
using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Finalising;

/// <summary>
/// Files of an agreement that tell a story the agreement does not: part of a version without its .docx, a definitief file
/// the agreement does not name, a final it names that is not there, an index entry for a version that does not exist.
/// </summary>
public static class Orphans
{
    /// <summary>Every such file (or missing file) of <paramref name="id"/>, described; empty when the store is consistent.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(IStore store, string id)
    {
        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var agreement = (await store.ReadAsync(AgreementLayout.Agreement(agreementId)))!.Content.ToObjectFromJson<AgreementDocument>(JsonSerializerOptions.Web)!;
        var files = new List<StoredEntry>();
        await foreach (var entry in store.ListAsync(AgreementLayout.Versions(agreementId)))
        {
            files.Add(entry);
        }

        var found = new List<string>();
        var numbers = files.GroupBy(file => AgreementLayout.VersionNumberOf(file.Path)!.Value).ToDictionary(group => group.Key, group => group.ToList());
        foreach (var (number, parts) in numbers)
        {
            if (parts.Count != 3)
            {
                found.Add($"version {number} has {string.Join(", ", parts.Select(part => part.Path))} only");
            }

            if (parts.Any(part => part.Metadata.GetValueOrDefault("kind") == VersionRecord.Definitief) && agreement.FinalVersion != number)
            {
                found.Add($"version {number} is definitief, but the agreement names {agreement.FinalVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no final"}");
            }
        }

        if (agreement.FinalVersion is { } final && numbers.GetValueOrDefault(final)?.Any(part => AgreementLayout.IsVersionDocx(part.Path)) != true)
        {
            found.Add($"the agreement names final {final}, which has no file");
        }

        await foreach (var entry in store.ListAsync("index/"))
        {
            // index/sha256/{hash}/{id}-{n}.json
            var name = entry.Path[(entry.Path.LastIndexOf('/') + 1)..];
            if (name.StartsWith(id + "-", StringComparison.Ordinal)
                && !numbers.ContainsKey(int.Parse(name[(id.Length + 1)..^".json".Length], System.Globalization.CultureInfo.InvariantCulture)))
            {
                found.Add($"{entry.Path} points at a version that does not exist");
            }
        }

        return found;
    }
}
