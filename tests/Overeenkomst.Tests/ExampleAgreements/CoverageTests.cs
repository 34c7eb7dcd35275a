using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.ExampleAgreements;

/// <summary>Each of the 14 points of bouwsteen 5 is rendered by named partials, which say so in their first line and appear in every agreement.</summary>
public class CoverageTests
{
    public static TheoryData<int, string[]> Points => new()
    {
        { 1, ["comparitie", "ondertekening"] },
        { 2, ["artikelen/aanleiding-en-visie"] },
        { 3, ["artikelen/aanleiding-en-visie"] },
        { 4, ["artikelen/doelen-en-uitgangspunten", "artikelen/opleidingen-en-aantallen", "artikelen/rollen-en-verantwoordelijkheden"] },
        { 5, ["artikelen/randvoorwaarden"] },
        { 6, ["artikelen/overleg", "artikelen/contactpersonen"] },
        { 7, ["artikelen/faciliteiten"] },
        { 8, ["artikelen/rollen-en-verantwoordelijkheden", "bijlagen/rollen-en-taken"] },
        { 9, ["artikelen/bekostiging", "bijlagen/begroting"] },
        { 10, ["artikelen/tijdpad", "bijlagen/tijdpad"] },
        { 11, ["artikelen/inzet-en-leertijd", "bijlagen/rollen-en-taken"] },
        { 12, ["artikelen/scholing-en-nieuwe-functies"] },
        { 13, ["artikelen/scholing-en-nieuwe-functies"] },
        { 14, ["artikelen/monitoring-en-evaluatie", "bijlagen/monitoring-en-evaluatie"] },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Point_IsRenderedByItsPartials_InEveryExample(int point, string[] partials)
    {
        foreach (var partial in partials)
        {
            Assert.NotNull(TestTemplates.Set.Find(partial));
            var text = File.ReadAllText(Path.Combine(TestTemplates.AgreementFolder, partial + ".scriban"));
            var firstLine = text.Split('\n')[0];
            Assert.Matches($@"Bouwsteen 5, punt(en)? [^:]*\b{point}\b", firstLine);

            var heading = text.Split('\n').FirstOrDefault(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("**De ondergetekenden", StringComparison.Ordinal) || l.StartsWith("::: ondertekening", StringComparison.Ordinal));
            Assert.NotNull(heading);
            var marker = heading!.StartsWith("## ", StringComparison.Ordinal) ? HeadingTitle(heading) : heading.StartsWith("::", StringComparison.Ordinal) ? "Aldus overeengekomen" : "**De ondergetekenden:**";
            foreach (var name in TestTemplates.ExampleNames)
            {
                var markdown = TestQuestionnaire.Composer.ComposeMarkdown(TestTemplates.Example(name)).Markdown!;
                Assert.Contains(marker, markdown, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryPointOneToFourteen_IsMapped()
    {
        Assert.Equal(Enumerable.Range(1, 14), Points.Select(row => (int)row[0]));
    }

    // "## Artikel {{ artikel }} Bekostiging" → "Bekostiging"; "## Bijlage 2 Begroting en bekostiging" → "Bijlage 2 Begroting en bekostiging".
    private static string HeadingTitle(string heading) =>
        heading.Contains("}}", StringComparison.Ordinal) ? heading[(heading.IndexOf("}}", StringComparison.Ordinal) + 2)..].Trim() : heading[3..].Trim();
}
