using Overeenkomst.Rendering;

namespace Overeenkomst.Tests.Rendering;

/// <summary>What a Word document cannot hold is removed from user text; everything else is kept exactly.</summary>
public sealed class DocumentTextTests
{
    [Fact]
    public void UnpairedSurrogates_AreRemoved_PairedOnesKept() =>
        Assert.Equal("a🏥b", DocumentText.Clean("a\uD800🏥\uDC00b", keepLineBreaks: false));

    [Fact]
    public void ALoneSurrogateAtTheEnd_IsRemoved_AndATabBecomesASpace() =>
        Assert.Equal("a b", DocumentText.Clean("a\tb\uD83C", keepLineBreaks: false));

    [Fact]
    public void NonCharacters_FFFE_And_FFFF_AreRemoved() =>
        Assert.Equal("ab", DocumentText.Clean("a\uFFFEb\uFFFF", keepLineBreaks: false));

    [Fact]
    public void LineBreaks_OfEveryKind_BecomeNewlines_WhenKept() =>
        Assert.Equal("a\nb\nc\nd\ne\nf", DocumentText.Clean("a\r\nb\rc\u2028d\ve\ff", keepLineBreaks: true));

    [Fact]
    public void NullAndEscape_AreRemoved() =>
        Assert.Equal("ab", DocumentText.Clean("a\0\u001Bb", keepLineBreaks: false));

    [Fact]
    public void OrdinaryText_IsReturnedAsIs()
    {
        const string text = "Zorg & onderwijs <samen> “hybride” 👩‍⚕️";
        Assert.Same(text, DocumentText.Clean(text, keepLineBreaks: true));
    }
}
