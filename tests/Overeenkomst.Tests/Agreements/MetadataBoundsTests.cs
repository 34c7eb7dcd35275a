using System.Text.Json.Nodes;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Signing;
using Overeenkomst.Tests.Questionnaire;

namespace Overeenkomst.Tests.Agreements;

/// <summary>
/// Every value that goes into blob metadata is bounded, so the whole set stays within Azure's 8 KiB. Azurite does not
/// enforce the limit, so the worst case is built here — the longest values the bounds allow, in the characters that take
/// the most bytes once percent-encoded — and measured as Azure counts it.
/// </summary>
public sealed class MetadataBoundsTests
{
    // Three bytes in UTF-8, nine once percent-encoded: no character of a string costs more per UTF-16 unit.
    private const char Costliest = '€';

    // What later values (a renderer build, an index entry) may still add without anyone counting again.
    private const int RoomToSpare = 2 * 1024;

    private static string Longest(int length, string suffix = "") => new string(Costliest, length - suffix.Length) + suffix;

    [Fact]
    public void The_metadata_of_the_largest_agreement_the_bounds_allow_fits_with_room_to_spare()
    {
        var answers = new JsonObject { [AgreementTitle.NameQuestion] = Longest(AgreementTitle.MaxNameLength) };
        var participants = Enumerable.Range(0, ParticipantsCheck.MaxParticipants)
            .Select(i => new Participant(Longest(ParticipantsCheck.MaxLength, $"{i:00}@x.nl"), Longest(ParticipantsCheck.MaxLength), "juridisch"))
            .ToList();
        var agreement = new AgreementDocument("0123456789abcdef0123456789abcdef", AgreementTitle.Of(TestQuestionnaire.Parse(answers)),
            AgreementStatus.InReview, participants, DateTimeOffset.MaxValue, participants[0].Email, new DateTimeOffset(9999, 12, 31, 9, 59, 59, TimeSpan.FromHours(-14)).AddTicks(9_999_999),
            participants[0].Email, TestQuestionnaire.Element(answers.ToJsonString()))
        {
            // Two signatories for each of the ten parties a questionnaire allows, each with the longest address.
            Signatories = [.. Enumerable.Range(0, 2 * MaxParties).Select(i => new Signatory($"{i / 2}", i % 2 + 1, "", "", Longest(ParticipantsCheck.MaxLength, $"{i:00}@y.nl")))],
            Status = AgreementStatus.Ondertekend,
        };

        var size = StoredMetadata.Size(StoredMetadata.Of(agreement));

        Assert.True(size <= StoredMetadata.MaxBytes - RoomToSpare, $"{size} bytes");
    }

    // partijen's max_aantal in the questionnaire.
    private const int MaxParties = 10;

    [Fact]
    public void The_metadata_of_the_largest_version_the_bounds_allow_fits_with_room_to_spare()
    {
        var version = new VersionRecord(int.MaxValue, VersionRecord.Definitief, new string('f', 64), new string('f', 64),
            new DateTimeOffset(9999, 12, 31, 9, 59, 59, TimeSpan.FromHours(-14)).AddTicks(9_999_999), Longest(ParticipantsCheck.MaxLength, "@x.nl"),
            Longest(AgreementTitle.MaxLength * 4));

        var size = StoredMetadata.Size(StoredMetadata.Of(version));

        Assert.True(size <= StoredMetadata.MaxBytes - RoomToSpare, $"{size} bytes");
    }

    [Fact]
    public void A_name_one_character_over_the_bound_is_refused_at_its_question_in_Dutch()
    {
        var answers = TestQuestionnaire.Parse(new JsonObject { [AgreementTitle.NameQuestion] = new string('a', AgreementTitle.MaxNameLength + 1) });

        var refusal = AgreementTitle.TooLong(answers);

        Assert.Equal(AgreementTitle.NameQuestion, refusal?.QuestionId);
        Assert.Equal("Deze naam is te lang om als titel van de overeenkomst te bewaren: hoogstens 200 tekens, u gaf er 201.", refusal?.Message);
        Assert.Null(AgreementTitle.TooLong(TestQuestionnaire.Parse(new JsonObject { [AgreementTitle.NameQuestion] = Longest(AgreementTitle.MaxNameLength) })));
    }

    [Fact]
    public void An_address_that_escaped_its_bound_is_stopped_before_storage_would_refuse_it()
    {
        var version = new VersionRecord(1, VersionRecord.Concept, "", "", DateTimeOffset.UnixEpoch, Longest(1_000, "@x.nl"), "Titel");

        Assert.Throws<InvalidOperationException>(() => StoredMetadata.Of(version));
    }

    [Fact]
    public void A_listing_finds_a_participant_by_the_fingerprint_and_an_older_agreement_by_the_address_itself()
    {
        var agreement = new AgreementDocument("0123456789abcdef0123456789abcdef", "Titel", AgreementStatus.Concept,
            [new Participant("j.bakker@albeda.example", "Albeda", "opleiding")], DateTimeOffset.UnixEpoch, "j.bakker@albeda.example",
            DateTimeOffset.UnixEpoch, "j.bakker@albeda.example", TestQuestionnaire.Element("{}"));
        var metadata = StoredMetadata.Of(agreement);
        var older = new Dictionary<string, string> { ["participants"] = "j.bakker@albeda.example f.elamrani@laurens.example" };

        Assert.True(StoredMetadata.Names(metadata, "J.Bakker@Albeda.example"));
        Assert.False(StoredMetadata.Names(metadata, "f.elamrani@laurens.example"));
        Assert.DoesNotContain("albeda", metadata["participants"], StringComparison.Ordinal);
        Assert.True(StoredMetadata.Names(older, "f.elamrani@laurens.example"));
    }
}
