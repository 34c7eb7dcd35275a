using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.Signatures;

/// <summary>
/// The signature block: one part per party, each opened by a heading with the party's name and followed by the lines
/// to fill in. Written in Markdown as a <c>::: ondertekening</c> … <c>:::</c> fence.
/// </summary>
public sealed class SignatureBlock(BlockParser parser) : CustomContainer(parser)
{
    /// <summary>What comes before the first party, such as "Aldus overeengekomen …": kept on the page of the signatures.</summary>
    public IEnumerable<Block> Introduction => this.TakeWhile(block => block is not HeadingBlock);

    /// <summary>The parties in order: each heading with the blocks that follow it up to the next heading.</summary>
    public IReadOnlyList<SigningParty> Parties()
    {
        var parties = new List<SigningParty>();
        List<Block>? lines = null;
        foreach (var block in this.SkipWhile(block => block is not HeadingBlock))
        {
            if (block is HeadingBlock heading)
            {
                lines = [];
                parties.Add(new SigningParty(heading, lines));
            }
            else
            {
                // Never null: the blocks are read from the first heading on.
                lines?.Add(block);
            }
        }

        return parties;
    }
}

/// <summary>One party in a <see cref="SignatureBlock"/>: its name heading and the lines under it.</summary>
public sealed record SigningParty(HeadingBlock Name, IReadOnlyList<Block> Lines);
