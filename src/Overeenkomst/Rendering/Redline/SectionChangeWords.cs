namespace Overeenkomst.Rendering.Redline;

/// <summary>What happened to a section, in the words the HTML and the Word redline both use.</summary>
internal static class SectionChangeWords
{
    public static string Of(SectionChange change) => change switch
    {
        SectionChange.Inserted => Messages.RedlineInserted,
        SectionChange.Deleted => Messages.RedlineDeleted,
        SectionChange.Changed => Messages.RedlineChanged,
        _ => Messages.RedlineSame,
    };
}
