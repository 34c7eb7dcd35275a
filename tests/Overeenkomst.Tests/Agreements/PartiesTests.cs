using System.Text.Json;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Parties;

namespace Overeenkomst.Tests.Agreements;

/// <summary>The parties the answers name, their e-mail domains, and who can act for which party.</summary>
public sealed class PartiesTests
{
    private static IReadOnlyList<Party> Parties(string json) => AgreementParties.Of(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void The_parties_are_read_by_short_name_with_their_domains_as_a_list_or_as_text()
    {
        var parties = Parties("""
            { "partijen": [
              { "korte_naam": "Laurens", "email_domeinen": ["Laurens.nl", "@laurens.example"] },
              { "korte_naam": " Albeda ", "email_domeinen": "albeda.nl, albeda.example ;  " },
              { "korte_naam": "" },
              { "naam": "zonder korte naam" },
              { "korte_naam": "laurens" }
            ] }
            """);

        Assert.Equal(["Laurens", "Albeda"], parties.Select(party => party.ShortName));
        Assert.Equal(["laurens.nl", "laurens.example"], parties[0].EmailDomains);
        Assert.Equal(["albeda.nl", "albeda.example"], parties[1].EmailDomains);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "partijen": "geen lijst" }""")]
    [InlineData("""{ "partijen": [ 1, "twee" ] }""")]
    public void Answers_without_parties_name_none(string json) => Assert.Empty(Parties(json));

    [Theory]
    [InlineData("f.elamrani@laurens.nl", true)]
    [InlineData("F.ElAmrani@Zorg.Laurens.NL", true)]
    [InlineData("f.elamrani@notlaurens.nl", false)]
    [InlineData("f.elamrani@laurens.nl.evil.example", false)]
    [InlineData("geen-adres", false)]
    public void A_party_admits_addresses_of_its_domains_and_their_subdomains(string email, bool admitted) =>
        Assert.Equal(admitted, new Party("Laurens", ["laurens.nl"]).Admits(email));

    [Fact]
    public void A_party_without_domains_admits_every_address() => Assert.True(new Party("Laurens", []).Admits("iemand@gmail.example"));

    [Fact]
    public void A_participant_acts_for_their_party_only_from_within_its_domains()
    {
        var parties = new[] { new Party("Laurens", ["laurens.nl"]), new Party("Albeda", []) };

        Assert.Null(AgreementParties.WhyNotFor(new Participant("a@laurens.nl", "laurens", ParticipantRoles.Zorg), parties));
        Assert.Null(AgreementParties.WhyNotFor(new Participant("a@gmail.example", "Albeda", ParticipantRoles.Opleiding), parties));
        Assert.Equal(Messages.OutsidePartyDomains("a@gmail.example", "Laurens", ["laurens.nl"]),
            AgreementParties.WhyNotFor(new Participant("a@gmail.example", "Laurens", ParticipantRoles.Zorg), parties));
        Assert.Equal(Messages.NotAParty("Erasmus MC", ["Laurens", "Albeda"]),
            AgreementParties.WhyNotFor(new Participant("a@erasmusmc.nl", "Erasmus MC", ParticipantRoles.Zorg), parties));
    }

    [Fact]
    public void A_participants_list_is_checked_against_the_parties_per_entry()
    {
        var parties = new[] { new Party("Laurens", ["laurens.nl"]), new Party("Albeda", []) };
        Participant[] participants =
        [
            new("j@albeda.example", "Albeda", ParticipantRoles.Opleiding),
            new("m@erasmusmc.nl", "Erasmus MC", ParticipantRoles.Zorg),
            new("f@gmail.example", "Laurens", ParticipantRoles.Zorg),
        ];

        var errors = ParticipantParties.Check(participants, parties);

        Assert.Equal(Messages.ParticipantNotAParty(2, ["Laurens", "Albeda"]), Assert.Single(errors["participants[1].organisation"]));
        Assert.Equal(Messages.ParticipantOutsideDomains(3, "Laurens", ["laurens.nl"]), Assert.Single(errors["participants[2].email"]));
        Assert.Equal(2, errors.Count);
        Assert.Empty(ParticipantParties.Check(participants, []));
    }
}
