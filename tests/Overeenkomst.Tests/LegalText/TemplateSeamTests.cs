using System.Text.RegularExpressions;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.LegalText;

/// <summary>No template seams in any example: no option labels glued into sentences, no doubled words, the right number (item 5).</summary>
public partial class TemplateSeamTests
{
    public static TheoryData<string> Examples => TestTemplates.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void NoOptionLabel_StandsQuotedInsideASentence(string name)
    {
        var text = RenderedExamples.Get(name).Text;

        Assert.DoesNotContain("volgens het model “", text, StringComparison.Ordinal);
        Assert.DoesNotContain("in de vorm “", text, StringComparison.Ordinal);
        Assert.DoesNotContain("verzekerd door de onderwijsinstelling", text, StringComparison.Ordinal);
    }

    public static TheoryData<string> ExamplesAndCases => TestTemplates.ExamplesAndReviewedCases;

    // An article, member or annex the answers leave out must not leave its empty line behind: the Markdown is what a
    // version stores and what an export gives, and a run of blank lines there marks where a template dropped something.
    [Theory]
    [MemberData(nameof(ExamplesAndCases))]
    public void LeftOutParts_LeaveNoRunOfBlankLinesInTheMarkdown(string name)
    {
        var markdown = RenderedExamples.ExampleOrCase(name).Markdown.ReplaceLineEndings("\n");

        if (markdown.IndexOf("\n\n\n", StringComparison.Ordinal) is var run and >= 0)
        {
            Assert.Fail($"{name}: blank lines in a row after “…{markdown[Math.Max(0, run - 60)..run]}”");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void No_word_is_written_twice(string name)
    {
        var text = RenderedExamples.Get(name).Text;

        foreach (Match doubled in DoubledWord().Matches(text))
        {
            Assert.Fail($"{name}: doubled word in “…{text.Substring(Math.Max(0, doubled.Index - 40), Math.Min(80, text.Length - Math.Max(0, doubled.Index - 40)))}…”");
        }

        Assert.DoesNotContain("in, in", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void WithTwoParties_TheTextNeverSpeaksOfTheOtherPartiesInThePlural(string name)
    {
        var example = RenderedExamples.Get(name);

        if (example.Parties.Count == 2)
        {
            Assert.DoesNotContain("de andere Partijen", example.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("een andere Partij", example.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void PhoneNumbersAreGrouped_AndPercentagesInOneColumnHaveTheSameDecimals(string name)
    {
        var example = RenderedExamples.Get(name);

        Assert.DoesNotMatch(@"\| (0|\+31)\d{9,10} \|", example.Clause("contactpersonen.contactpersonen"));
        var shares = Regex.Matches(example.Clause("bijlage-begroting"), @"\| (\d+(?:,\d+)?)\u00A0% \|$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Contains(',', StringComparison.Ordinal) ? m.Groups[1].Value.Split(',')[1].Length : 0)
            .Distinct();
        Assert.Single(shares);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ArticleTitles_MatchTheirContent(string name)
    {
        var example = RenderedExamples.Get(name);
        var research = example.Clauses.SingleOrDefault(c => c.Id == "lectoraat-en-practoraat");

        if (research is not null)
        {
            var lectoraat = example.Yes("lectoraat_betrokken");
            var practoraat = example.Yes("practoraat_betrokken");
            Assert.Equal(lectoraat && practoraat ? "Lectoraat en Practoraat" : lectoraat ? "Lectoraat" : "Practoraat", research.Title);
        }

        Assert.Equal("Studenten na het einde van de Overeenkomst", example.Clauses.Single(c => c.Id == "afbouw").Title);
    }

    [Fact]
    public void TheTemplates_WriteDefinedTermsWithACapitalEverywhereOutsideTheirDefinition()
    {
        var lowerCase = new Regex(@"\b(de|het|een|iedere|die|deze|haar|zijn) (zorgorganisatie|onderwijsinstelling|studiejaar|hybride leerwerkplek|overeenkomst|studenten?|docenten?|werkbegeleiders?|praktijkopleiders?|projectleider|bijlage|partij|partijen)\b");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(TestTemplates.AgreementFolder, "*.scriban", SearchOption.AllDirectories))
        {
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                // Comments, option values in quotes and the definitions themselves may use the plain word.
                var text = Regex.Replace(line, @"\{\{~? #.*?~?\}\}|""[^""]*""", "");
                if (line.StartsWith("- **", StringComparison.Ordinal))
                {
                    continue;
                }

                problems.AddRange(lowerCase.Matches(text).Select(m => $"{Path.GetFileName(file)}({number}): {m.Value}"));
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void NoOrphanBlankLines_LeftByAnArticleThatIsNotThere_ReachTheWordFile(string name)
    {
        var composed = Questionnaire.TestQuestionnaire.Composer.Compose(TestTemplates.Example(name), TestTemplates.Draft());
        using var document = new WordDocument(composed.Agreement!.Docx);

        Assert.DoesNotContain("<w:p />", document.DocumentXml(), StringComparison.Ordinal);
    }

    // A word of three or more letters written twice in a row, or with only a colon or bracket between: "de rechtbank Rechtbank", "Volmacht: volmacht".
    [GeneratedRegex(@"\b(\p{L}{3,})[\s:(]+\1\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoubledWord();
}
