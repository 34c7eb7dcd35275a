using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>Answers given under an older questionnaire are brought to the current one: renamed answers move, removed ones go, the person is told.</summary>
public sealed class MigrationTests
{
    private static readonly QuestionnaireDefinition Version2 = QuestionnaireLoader.Parse(ChangedQuestionnaire.Version2().ToJsonString(), "v2.json");

    private static readonly QuestionnaireDefinition Next = QuestionnaireLoader.Parse(ChangedQuestionnaire.Next(), "volgend.json");

    private static JsonElement Laurens => TestQuestionnaire.Element(TestTemplates.ExampleJson("laurens-albeda"));

    private static JsonElement LaurensUnderVersion1 => TestQuestionnaire.Element(ChangedQuestionnaire.AnsweredUnderVersion1(TestTemplates.ExampleJson("laurens-albeda")));

    [Fact]
    public void The_change_for_version_2_loads_and_drops_the_two_removed_answers_of_an_agreement_stored_before_versions()
    {
        var logs = new CollectingLogs();

        var migrated = new AnswerMigration(Version2, logs.For<AnswerMigration>()).Stored(LaurensUnderVersion1, answeredUnder: null, "laurens");

        var expected = JsonNode.Parse(LaurensUnderVersion1.GetRawText())!.AsObject();
        expected.Remove("kwaliteitstoets_opnemen");
        expected.Remove("verzekering_studenten");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(migrated.Answers.GetRawText())));
        Assert.Equal(
        [
            "De vraag 'verzekering_studenten' komt sinds versie 2 van de vragenlijst niet meer voor; het antwoord daarop is vervallen.",
            "De vraag 'kwaliteitstoets_opnemen' komt sinds versie 2 van de vragenlijst niet meer voor; het antwoord daarop is vervallen.",
        ], migrated.Notes);
        Assert.Equal(2, logs.Lines.Count(line => line.Contains("was dropped", StringComparison.Ordinal)));
        Assert.Contains(logs.Lines, line => line.Contains("kwaliteitstoets_opnemen", StringComparison.Ordinal));
    }

    [Fact]
    public void Answers_of_the_first_version_go_through_every_change_renamed_in_their_place_at_every_level()
    {
        var migrated = new AnswerMigration(Next).Stored(LaurensUnderVersion1, answeredUnder: "1", "laurens");

        var answers = JsonNode.Parse(migrated.Answers.GetRawText())!.AsObject();
        Assert.Equal(6, answers["opzegtermijn_in_maanden"]!.GetValue<int>());
        Assert.False(answers.ContainsKey("opzegtermijn_maanden"));
        Assert.Equal(["24352716", "41127621"], answers["partijen"]!.AsArray().Select(party => party!["kvk_nummer"]!.GetValue<string>()));
        Assert.All(answers["partijen"]!.AsArray(), party => Assert.False(party!.AsObject().ContainsKey("kvk")));
        Assert.Equal(100, answers["begroting"]![0]!["verdeling"]![0]!["percentage"]!.GetValue<int>());
        Assert.Equal(["locatie", "afdeling"], answers["locaties"]![0]!.AsObject().Select(pair => pair.Key));
        // A renamed answer keeps its place among the others.
        var before = Laurens.EnumerateObject().Select(p => p.Name).TakeWhile(name => name != "opzegtermijn_maanden").Last();
        var keys = answers.Select(pair => pair.Key).ToList();
        Assert.Equal(keys.IndexOf(before) + 1, keys.IndexOf("opzegtermijn_in_maanden"));
        Assert.Equal(6, migrated.Notes.Count);
        Assert.Contains("De vraag 'partijen.kvk' heet sinds versie test-volgend van de vragenlijst 'partijen.kvk_nummer' (KvK-nummer); uw antwoord is meegegaan.",
            migrated.Notes);
        Assert.Contains("De vraag 'locaties.doelgroep' komt sinds versie test-volgend van de vragenlijst niet meer voor; het antwoord daarop is vervallen.",
            migrated.Notes);
    }

    [Fact]
    public void Answers_of_the_current_version_are_left_as_they_are()
    {
        var current = new AnswerMigration(Version2).Stored(Laurens, answeredUnder: null, "laurens").Answers;

        var migrated = new AnswerMigration(Version2).Stored(current, answeredUnder: "2", "laurens");

        Assert.Empty(migrated.Notes);
        Assert.Equal(current.GetRawText(), migrated.Answers.GetRawText());
    }

    [Fact]
    public void A_stored_answer_to_a_question_that_never_existed_is_dropped_and_told_not_refused()
    {
        var answers = JsonNode.Parse(Laurens.GetRawText())!.AsObject();
        answers["opzegtermijn_maand"] = 3;
        answers["partijen"]![0]!["kvk_nummer"] = "12345678";

        var migrated = new AnswerMigration(TestQuestionnaire.Definition).Stored(TestQuestionnaire.Element(answers.ToJsonString()),
            TestQuestionnaire.Definition.Version, "laurens");

        Assert.True(JsonElement.DeepEquals(Laurens, migrated.Answers));
        Assert.Equal(["Het antwoord op 'partijen.kvk_nummer' is vervallen: de vragenlijst kent die vraag niet.",
            "Het antwoord op 'opzegtermijn_maand' is vervallen: de vragenlijst kent die vraag niet."], migrated.Notes);
    }

    [Fact]
    public void A_version_this_instance_does_not_know_is_read_as_the_current_one()
    {
        var migrated = new AnswerMigration(TestQuestionnaire.Definition).Stored(Laurens, "99", "laurens");

        Assert.Empty(migrated.Notes);
        Assert.True(JsonElement.DeepEquals(Laurens, migrated.Answers));
    }

    [Fact]
    public void Answers_sent_under_an_older_version_move_but_an_unknown_id_stays_for_the_check_to_refuse()
    {
        var sent = JsonNode.Parse(Laurens.GetRawText())!.AsObject();
        sent["opzegtermijn_maand"] = 3;

        var (answers, notes) = new AnswerMigration(Next).Sent(TestQuestionnaire.Parse(sent), "2");

        Assert.Equal(4, notes.Count);
        Assert.Equal(3, answers.Root.GetProperty("opzegtermijn_maand").GetInt32());
        Assert.Equal(6, answers.Root.GetProperty("opzegtermijn_in_maanden").GetInt32());
    }

    [Fact]
    public void An_old_and_a_new_id_sent_together_keep_the_answer_under_the_new_id()
    {
        var sent = JsonNode.Parse(Laurens.GetRawText())!.AsObject();
        sent["opzegtermijn_in_maanden"] = 9;

        var (answers, _) = new AnswerMigration(Next).Sent(TestQuestionnaire.Parse(sent), "2");

        Assert.Equal(9, answers.Root.GetProperty("opzegtermijn_in_maanden").GetInt32());
        Assert.False(answers.Root.TryGetProperty("opzegtermijn_maanden", out _));
    }

    [Fact]
    public void The_versions_answers_can_be_given_under_are_the_chain_oldest_first()
    {
        var migration = new AnswerMigration(Next);

        Assert.Equal(["1", "2", ChangedQuestionnaire.NextVersion], migration.KnownVersions);
        Assert.False(migration.Knows("3"));
    }
}
