namespace Overeenkomst.Tests.Support;

/// <summary>The assertion every test that produces a document ends with.</summary>
public static class DocxAssert
{
    /// <summary>The document opens with the Open XML SDK and its validator reports nothing.</summary>
    public static void IsValid(byte[] docx)
    {
        using var document = new WordDocument(docx);
        var errors = document.ValidationErrors();
        Assert.True(errors.Count == 0, "OpenXmlValidator found errors:\n" + string.Join("\n", errors));
    }
}
