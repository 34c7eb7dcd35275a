using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Agreements.Organisations;
using Overeenkomst.Agreements.Renewal;
using Overeenkomst.Agreements.Signing;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Tests.Questionnaire;

namespace Overeenkomst.Tests.Organisations;

/// <summary>
/// A party's own block against the real questionnaire: its fields are questions of <c>partijen</c>, its public part leaves
/// out people's addresses and the IBAN, a confirmation's fingerprint follows the block and nothing else, and signatories'
/// addresses count only from a confirmed block.
/// </summary>
public sealed class OrganisationBlockTests
{
    private static JsonElement Laurens(Action<JsonObject>? change = null)
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        var row = answers["partijen"]![0]!.AsObject();
        row["vertegenwoordiger_email"] = "m.vandijk@laurens.example";
        change?.Invoke(row);
        return JsonSerializer.SerializeToElement(answers);
    }

    [Fact]
    public void Every_field_of_the_block_is_a_question_of_the_parties_group_and_the_public_part_is_a_part_of_it()
    {
        var members = TestQuestionnaire.Definition.Questions["partijen"].Members;

        Assert.All(OrganisationBlock.Fields, field => Assert.True(members.ContainsKey(field), field));
        Assert.All(OrganisationBlock.PublicFields, field => Assert.Contains(field, OrganisationBlock.Fields));
        Assert.DoesNotContain(OrganisationBlock.PublicFields, field => field.Contains("email", StringComparison.Ordinal)
            || field.Contains("vertegenwoordiger", StringComparison.Ordinal) || field == "iban");
        Assert.Equal(QuestionType.Email, members["vertegenwoordiger_email"].Type);
        Assert.Equal(QuestionType.Email, members["vertegenwoordiger2_email"].Type);
    }

    [Fact]
    public void The_fingerprint_changes_with_a_block_field_and_not_with_the_agreements_own_fields()
    {
        var row = OrganisationBlock.Row(Laurens(), "laurens")!.Value;

        Assert.Equal(OrganisationBlock.Fingerprint(row), OrganisationBlock.Fingerprint(OrganisationBlock.Row(Laurens(r => r["contact_naam"] = "Iemand anders"), "Laurens")!.Value));
        Assert.NotEqual(OrganisationBlock.Fingerprint(row), OrganisationBlock.Fingerprint(OrganisationBlock.Row(Laurens(r => r["iban"] = "NL91ABNA0417164300"), "Laurens")!.Value));
        Assert.NotEqual(OrganisationBlock.Fingerprint(row), OrganisationBlock.Fingerprint(OrganisationBlock.Row(Laurens(r => r["vertegenwoordiger_email"] = "ander@laurens.example"), "Laurens")!.Value));
    }

    [Fact]
    public void A_signatorys_address_counts_only_while_their_partys_confirmation_holds()
    {
        var answers = Laurens();
        var confirmed = new BlockConfirmation("Laurens", OrganisationBlock.Fingerprint(OrganisationBlock.Row(answers, "Laurens")!.Value), "f@laurens.example", "F", DateTimeOffset.UnixEpoch);

        Assert.Equal("m.vandijk@laurens.example", SignatoryList.Of(answers, [confirmed])[0].Email);
        Assert.Null(SignatoryList.Of(answers, [])[0].Email);
        Assert.Null(SignatoryList.Of(Laurens(r => r["vertegenwoordiger_email"] = "iemand@elders.example"), [confirmed])[0].Email);
        Assert.All(SignatoryList.Of(answers, [confirmed]).Where(s => s.Party == "Albeda"), signatory => Assert.Null(signatory.Email));
    }

    [Fact]
    public void A_renewal_clears_every_date_the_questionnaire_asks_in_groups_too_and_nothing_else()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");

        var cleared = JsonNode.Parse(ClearedDates.Of(JsonSerializer.SerializeToElement(answers), TestQuestionnaire.Definition).GetRawText())!.AsObject();

        foreach (var date in new[] { "startdatum", "einddatum", "start_eerste_cohort", "ondertekening_datum" })
        {
            Assert.False(cleared.ContainsKey(date), date);
        }

        Assert.All(cleared["mijlpalen"]!.AsArray(), row => Assert.False(row!.AsObject().ContainsKey("datum")));
        Assert.Equal(answers["mijlpalen"]!.AsArray().Count, cleared["mijlpalen"]!.AsArray().Count);
        Assert.Equal(answers["naam_leerwerkplek"]!.GetValue<string>(), cleared["naam_leerwerkplek"]!.GetValue<string>());
        Assert.Equal(answers.Count - 4, cleared.Count);
    }
}
