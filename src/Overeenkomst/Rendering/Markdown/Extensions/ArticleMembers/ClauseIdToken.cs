using Markdig.Parsers;
using Overeenkomst.Rendering.Clauses;

namespace Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;

/// <summary>Reads the <c>{#id}</c> that follows a clause's number in laid-out Markdown (<see cref="ClauseLayout"/>).</summary>
/// <remarks>User text can never put one there: it follows the number the layout writes, and answers cannot start a line with a number.</remarks>
internal static class ClauseIdToken
{
    /// <summary>The id at the processor's position, which it then moves past; null (and nothing moved) when there is none.</summary>
    public static string? Read(BlockProcessor processor)
    {
        var line = processor.Line;
        var text = line.Text;
        var start = line.Start;
        if (start + 3 > line.End || text[start] != '{' || text[start + 1] != '#')
        {
            return null;
        }

        // The id is cut out once, checked and kept: every member of an agreement has one.
        var close = text.IndexOf('}', start + 2, line.End - start - 1);
        var id = close < 0 ? null : text[(start + 2)..close];
        if (!ClauseIds.IsClauseId(id))
        {
            return null;
        }

        for (var i = start; i <= close; i++)
        {
            processor.NextChar();
        }

        return id;
    }
}
