using Overeenkomst.Rendering.Redline;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Rendering;

/// <summary>Which answers each section is written from, read from the templates' syntax trees.</summary>
public sealed class TemplateReadsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sjablonen-lezen-");

    public TemplateReadsTests()
    {
        Write(TemplateSet.MainTemplate, """
            {{~ zorg = partijen | waar "soort" "zorg"
              heeft_x = opties | array.contains "x"
              if soort_titel == "lang"
                titel = naam_lang
              else
                titel = naam
              end ~}}
            # Titel {{ titel }}

            {{ include "comparitie" }}
            {{ include "artikelen/eerste" }}
            {{ if heeft_x }}{{ include "artikelen/tweede" }}{{ end }}
            {{ include "ondertekening" }}
            {{ include "bijlagen/lijst" }}
            """);
        Write("comparitie", "{{ for p in partijen }}{{ p.korte_naam }}{{ end }}");
        Write("artikelen/eerste", """
            ## Artikel {{ artikel }} Eerste

            {{ lid "een" }} {{ zorg | opsomming "korte_naam" }} betalen {{ budget | bedrag }}, zie {{ verwijzing "tweede" }}.
            """);
        Write("artikelen/tweede", """
            ## Artikel {{ artikel }} Tweede

            {{ lid "een" }} {{ include "stukje" }}
            """);
        Write("stukje", "{{ x = 1 }}{{ looptijd }} {{ x }}");
        Write("ondertekening", "{{ plaats }}");
        Write("bijlagen/lijst", """
            ## Bijlage {{ bijlage }} Lijst

            {{ datum begin }}
            """);
    }

    private TemplateReads Reads => TemplateReads.Of(TemplateSet.Load(folder.FullName));

    [Fact]
    public void An_article_reads_its_partials_variables_and_what_the_main_templates_definitions_it_uses_read()
    {
        var reads = Reads;
        var eerste = reads.Of("eerste");

        Assert.Equal(["budget", "partijen"], eerste.Variables.Order(StringComparer.Ordinal));
        Assert.Contains("korte_naam", eerste.Fields);
        Assert.Contains("soort", eerste.Fields);
        Assert.Same(eerste, reads.Of("eerste.een"));
    }

    [Fact]
    public void An_article_included_under_a_condition_reads_what_the_condition_reads_and_what_its_own_includes_read()
    {
        Assert.Equal(["looptijd", "opties"], Reads.Of("tweede").Variables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_opening_and_the_signatures_read_the_partials_around_the_articles_and_the_main_templates_own_text()
    {
        Assert.Equal(["naam", "naam_lang", "partijen", "soort_titel"], Reads.Of(RedlineSections.Opening).Variables.Order(StringComparer.Ordinal));
        Assert.Equal(["plaats"], Reads.Of(RedlineSections.Signing).Variables);
        Assert.Equal(["begin"], Reads.Of("bijlage-lijst").Variables);
        Assert.Empty(Reads.Of("bestaat-niet").Variables);
    }

    [Fact]
    public void What_a_function_reads_in_code_counts_as_read_where_a_template_calls_it()
    {
        var reads = TemplateReads.Of(TestTemplates.Set);

        // The budget annex never names a post's split: aandelen and bijdragen read it.
        Assert.Contains("verdeling", reads.Of("bijlage-begroting").Fields);
        Assert.DoesNotContain("verdeling", reads.Of("bijlage-rollen-en-taken").Fields);
    }

    [Fact]
    public void The_real_templates_read_only_answers_and_most_sections_read_some()
    {
        var reads = TemplateReads.Of(TestTemplates.Set);
        var model = Questionnaire.TestQuestionnaire.Definition.Questions.Keys.ToHashSet(StringComparer.Ordinal);
        var markdown = TestTemplates.ComposeMarkdown(TestTemplates.Example(TestTemplates.ExampleNames.Last()));
        var sections = RedlineSections.Of(markdown);

        var variables = sections.SelectMany(section => reads.Of(section.Key).Variables).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(variables.Except(model));
        Assert.True(sections.Count(section => reads.Of(section.Key).Variables.Count > 0) > sections.Count * 3 / 4);
        Assert.NotEmpty(reads.Of(RedlineSections.Opening).Variables);
        Assert.NotEmpty(reads.Of(RedlineSections.Signing).Variables);
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name + TemplateSet.Extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
