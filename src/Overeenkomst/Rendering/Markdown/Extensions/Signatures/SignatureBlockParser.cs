using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.Signatures;

/// <summary>Opens a <see cref="SignatureBlock"/> on <c>::: ondertekening</c>; the closing <c>:::</c> ends it.</summary>
public sealed class SignatureBlockParser : FencedBlockParserBase<SignatureBlock>
{
    /// <summary>The word after the fence that names this block.</summary>
    public const string Name = "ondertekening";

    /// <summary>Creates the parser; it listens to lines starting with a colon.</summary>
    public SignatureBlockParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
        InfoParser = ParseName;
    }

    /// <inheritdoc />
    protected override SignatureBlock CreateFencedBlock(BlockProcessor processor) => new(this);

    private static bool ParseName(BlockProcessor state, ref StringSlice line, IFencedBlock fenced, char openingCharacter) =>
        DefaultInfoParser(state, ref line, fenced, openingCharacter) && fenced.Info == Name;
}
