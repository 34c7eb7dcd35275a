using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Redline;

namespace Overeenkomst.Agreements.Comparing;

/// <summary>Two versions compared: the redline and, for each changed section, what changed it. Write it as HTML or as Word.</summary>
/// <param name="Older">The version compared from.</param>
/// <param name="Newer">The version compared to.</param>
/// <param name="Redline">The merged text with every difference marked.</param>
/// <param name="Reasons">Each changed section's reasons, in Dutch.</param>
public sealed record Comparison(ComparedVersion Older, ComparedVersion Newer, Redline Redline, IReadOnlyDictionary<RedlineSection, IReadOnlyList<string>> Reasons)
{
    /// <summary>The redline as HTML: changed sections first, each beside its reasons; unchanged ones folded.</summary>
    public string ToHtml() => RedlineHtml.Write(Redline, Why);

    /// <summary>
    /// The redline as a Word file with tracked changes by the author of the newer version at its moment, and each
    /// changed section's reasons as a comment on it.
    /// </summary>
    public byte[] ToDocx()
    {
        var info = new DocumentInfo(Newer.Version.Title, Newer.Author, Newer.Version.CreatedAt,
            Messages.ComparisonMarking(Older.Version.Number, Newer.Version.Number), Newer.Version.Number,
            Messages.ComparisonDescription(Older.Version.Number, Newer.Version.Number));
        return RedlineDocx.Write(Redline, Why, info, Newer.Author, Newer.Version.CreatedAt);
    }

    private IReadOnlyList<string> Why(RedlineSection section) => Reasons.TryGetValue(section, out var reasons) ? reasons : [];
}
