using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>An answer under an id the questionnaire does not have is refused where it is, naming the id probably meant.</summary>
public sealed class UnknownQuestionTests
{
    private static IDictionary<string, string[]> ErrorsWith(string path, JsonNode? value)
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        var steps = path.Split('.');
        JsonNode parent = answers;
        foreach (var step in steps[..^1])
        {
            parent = int.TryParse(step, out var index) ? parent[index]! : parent[step]!;
        }

        parent[steps[^1]] = value;
        return TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(answers)).Validation.ErrorsById();
    }

    [Fact]
    public void A_mistyped_top_level_id_is_an_error_that_names_the_id_meant()
    {
        var errors = ErrorsWith("opzegtermijn_maand", 3);

        Assert.Equal(["Onbekende vraag 'opzegtermijn_maand'. Bedoelde u 'opzegtermijn_maanden'?"], errors["opzegtermijn_maand"]);
        Assert.Single(errors);
    }

    [Fact]
    public void A_mistyped_id_inside_a_group_is_an_error_at_its_path()
    {
        var errors = ErrorsWith("partijen.1.soortt", "hogeschool");

        Assert.Equal(["Onbekende vraag 'soortt'. Bedoelde u 'soort'?"], errors["partijen[1].soortt"]);
    }

    [Theory]
    [InlineData("partijen.1.kvk_nummer", "partijen[1].kvk_nummer", "kvk")]
    [InlineData("opzegtermijn", "opzegtermijn", "opzegtermijn_maanden")]
    public void An_id_with_a_word_more_or_less_finds_the_id_meant(string path, string errorPath, string meant)
    {
        var errors = ErrorsWith(path, 6);

        Assert.Equal([$"Onbekende vraag '{errorPath.Split('.')[^1]}'. Bedoelde u '{meant}'?"], errors[errorPath]);
    }

    [Fact]
    public void A_mistyped_id_in_a_group_inside_a_group_is_an_error_at_its_path()
    {
        var errors = ErrorsWith("begroting.0.verdeling.0.aandel", 50);

        Assert.Equal(["Onbekende vraag 'aandel'. Bedoelde u 'aandeel'?"], errors["begroting[0].verdeling[0].aandel"]);
    }

    [Theory]
    [InlineData("betaaltermijn_dgaen", "betaaltermijn_dagen")]
    [InlineData("Naam_Leerwerkplek", "naam_leerwerkplek")]
    [InlineData("naam-leerwerkplek", "naam_leerwerkplek")]
    public void Swapped_letters_capitals_and_hyphens_still_find_the_id_meant(string typed, string meant)
    {
        var errors = ErrorsWith(typed, "x");

        Assert.Equal([$"Onbekende vraag '{typed}'. Bedoelde u '{meant}'?"], errors[typed]);
    }

    [Theory]
    [InlineData("kwaliteit")]
    [InlineData("kleur_van_het_logo")]
    [InlineData("a")]
    public void An_id_like_no_question_at_all_gets_no_suggestion(string typed)
    {
        var errors = ErrorsWith(typed, "x");

        Assert.Equal([$"Onbekende vraag '{typed}'."], errors[typed]);
    }

    [Fact]
    public void An_id_of_another_level_is_unknown_here_and_suggested_only_from_this_level()
    {
        // "kvk" is a question of a party, not of the agreement.
        var errors = ErrorsWith("kvk", "12345678");

        Assert.Equal(["Onbekende vraag 'kvk'."], errors["kvk"]);
    }

    [Fact]
    public void An_answer_to_a_hidden_question_is_not_unknown()
    {
        var errors = ErrorsWith("partijen.0.brin", "00GT");

        Assert.DoesNotContain(errors.Keys, key => key.StartsWith("partijen[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_written_with_escapes_is_the_same_id()
    {
        var json = TestTemplates.ExampleJson("laurens-albeda").Replace("\"kvk\":", "\"\\u006bvk\":", StringComparison.Ordinal);

        var errors = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(json)).Validation.Errors;

        Assert.Contains("\\u006bvk", json, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public void Thousands_of_unknown_ids_give_the_first_fifty()
    {
        var answers = new JsonObject();
        for (var i = 0; i < 5_000; i++)
        {
            answers[$"onbekend_{i}"] = i;
        }

        var errors = UnknownQuestions.In(TestQuestionnaire.Definition, TestQuestionnaire.Parse(answers));

        Assert.Equal(50, errors.Count);
        Assert.Equal("onbekend_0", errors[0].QuestionId);
    }

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("opzegtermijn_maand", "opzegtermijn_maanden", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void The_distance_counts_each_edit_once(string a, string b, int expected)
    {
        Assert.Equal(expected, ClosestId.Distance(a, b));
        Assert.Equal(expected, ClosestId.Distance(b, a));
    }
}
