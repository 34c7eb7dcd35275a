using System.Text.Json;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Parties;

namespace Overeenkomst.Tests.Agreements;

/// <summary>The lifecycle state machine on its own: which steps each status allows, and what each step leaves behind.</summary>
public sealed class LifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly Participant Owner = new("j.bakker@albeda.example", "Albeda", ParticipantRoles.Opleiding);
    private static readonly Participant Laurens = new("f.elamrani@laurens.example", "Laurens", ParticipantRoles.Zorg);
    private static readonly Participant Laurens2 = new("p.visser@laurens.example", "laurens ", ParticipantRoles.Zorg);
    private static readonly Participant Erasmus = new("m.jansen@erasmusmc.example", "Erasmus MC", ParticipantRoles.Zorg);
    private static readonly Participant Jurist = new("s.dekker@laurens.example", "Laurens", ParticipantRoles.Juridisch);

    private static AgreementDocument Concept(params Participant[] others) =>
        new("0123456789abcdef0123456789abcdef", "Samenwerkingsovereenkomst", AgreementStatus.Concept, [Owner, .. others],
            Now, Owner.Email, Now, Owner.Email, JsonDocument.Parse("{}").RootElement);

    // The parties of the participants' organisations: the owner's school, and the others'.
    private static IReadOnlyList<Party> PartiesOf(params Participant[] others) =>
        [.. new[] { Owner }.Concat(others).Select(participant => participant.Organisation.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new Party(name, []))];

    // Submitted by the owner, which counts as Albeda's approval.
    private static AgreementDocument InReview(int version, params Participant[] others) =>
        Concept(others) with
        {
            Status = AgreementStatus.InReview, SubmittedVersion = version, Parties = PartiesOf(others),
            Approvals = [new Approval("Albeda", Owner.Email, version, Now)],
        };

    private static Submission Submitting(int version, IReadOnlyList<Party> parties, bool exists = true, bool unchanged = false) =>
        new(version, exists, parties, Owner, Now, unchanged);

    private static Review By(Participant reviewer, string kind, int version, string text = "tekst") =>
        new(version, "Artikel 5", kind, text, reviewer.Email, reviewer.Email, reviewer.Organisation, Now);

    private static AgreementDocument Apply(AgreementDocument agreement, Transition transition)
    {
        Assert.False(transition.IsRefused, transition.Refusal);
        return transition.Next ?? agreement;
    }

    [Fact]
    public void Submitting_puts_it_in_review_with_the_versions_parties_and_counts_as_the_submitting_partys_approval()
    {
        var step = Lifecycle.Submit(Concept(Laurens), Submitting(2, PartiesOf(Laurens)));

        Assert.Equal(AgreementStatus.InReview, step.Next!.Status);
        Assert.Equal(2, step.Next.SubmittedVersion);
        Assert.Equal(["Albeda", "Laurens"], step.Next.Parties.Select(party => party.ShortName));
        Assert.Equal(new Approval("Albeda", Owner.Email, 2, Now), Assert.Single(step.Next.Approvals));
        Assert.Equal(2, step.Version);
        Assert.Equal(Messages.LogSubmitted, step.Action);
        Assert.Equal(Messages.SubmittedCountsAsApproval("Albeda"), step.Detail);
    }

    [Fact]
    public void Submitting_a_version_that_does_not_exist_is_refused()
    {
        var step = Lifecycle.Submit(Concept(Laurens), Submitting(7, PartiesOf(Laurens), exists: false));

        Assert.True(step.IsRefused);
        Assert.Contains("Versie 7 bestaat niet", step.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Submitting_while_a_party_has_no_participant_is_refused_and_says_which_and_what_is_possible_now()
    {
        var step = Lifecycle.Submit(Concept(Jurist), Submitting(1, PartiesOf(Jurist, Erasmus)));

        Assert.Equal($"{Messages.PartiesWithoutParticipants(["Erasmus MC"])} {Messages.AllowedNow(AgreementStatus.Concept, null, null)}", step.Refusal);
    }

    [Fact]
    public void Submitting_a_version_without_parties_is_refused()
    {
        Assert.StartsWith(Messages.SubmitWithoutParties(1), Lifecycle.Submit(Concept(Laurens), Submitting(1, [])).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Submitting_the_text_changes_were_asked_in_again_is_refused()
    {
        var agreement = Concept(Laurens) with { ChangesRequestedVersion = 2 };

        var step = Lifecycle.Submit(agreement, Submitting(3, PartiesOf(Laurens), unchanged: true));

        Assert.StartsWith(Messages.ResubmittedUnchanged(3, 2), step.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_submitting_party_is_the_only_party_submitting_approves_it()
    {
        var step = Lifecycle.Submit(Concept(), Submitting(1, PartiesOf()));

        Assert.Equal(AgreementStatus.Approved, step.Next!.Status);
    }

    [Theory]
    [InlineData(AgreementStatus.InReview)]
    [InlineData(AgreementStatus.Approved)]
    [InlineData(AgreementStatus.Definitief)]
    public void Submitting_is_only_possible_from_concept(string status)
    {
        var step = Lifecycle.Submit(InReview(1, Laurens) with { Status = status }, Submitting(2, PartiesOf(Laurens)));

        Assert.StartsWith(Messages.SubmitOnlyFromConcept, step.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_party_must_approve_the_same_version_care_organisations_and_schools_alike()
    {
        var school = new Participant("k.smit@zadkine.example", "Zadkine", ParticipantRoles.Opleiding);
        var agreement = InReview(3, Laurens, Erasmus, school);

        var afterLaurens = Apply(agreement, Lifecycle.Review(agreement, By(Laurens, ReviewKinds.Goedkeuring, 3), versionExists: true));
        var afterErasmus = Apply(afterLaurens, Lifecycle.Review(afterLaurens, By(Erasmus, ReviewKinds.Goedkeuring, 3), versionExists: true));
        var afterSchool = Apply(afterErasmus, Lifecycle.Review(afterErasmus, By(school, ReviewKinds.Goedkeuring, 3), versionExists: true));

        Assert.Equal(AgreementStatus.InReview, afterLaurens.Status);
        Assert.Equal(AgreementStatus.InReview, afterErasmus.Status);
        Assert.Equal(AgreementStatus.Approved, afterSchool.Status);
        Assert.Equal(["Albeda", "Laurens", "Erasmus MC", "Zadkine"], afterSchool.Approvals.Select(approval => approval.Organisation));
    }

    [Fact]
    public void An_approval_for_an_organisation_that_is_not_a_party_is_refused()
    {
        var outsider = new Participant("iemand@elders.example", "Elders", ParticipantRoles.Zorg);
        var agreement = InReview(3, Laurens);

        var step = Lifecycle.Review(agreement, By(outsider, ReviewKinds.Goedkeuring, 3), versionExists: true);

        Assert.StartsWith(Messages.NotAParty("Elders", ["Albeda", "Laurens"]), step.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_reviewers_of_the_same_organisation_count_as_one_approval()
    {
        var agreement = InReview(3, Laurens, Laurens2, Erasmus);

        var first = Apply(agreement, Lifecycle.Review(agreement, By(Laurens, ReviewKinds.Goedkeuring, 3), versionExists: true));
        var second = Apply(first, Lifecycle.Review(first, By(Laurens2, ReviewKinds.Goedkeuring, 3), versionExists: true));

        Assert.Equal(AgreementStatus.InReview, second.Status);
        Assert.Equal(Laurens2.Email, Assert.Single(second.Approvals, approval => approval.Organisation == "Laurens").Email);
    }

    [Fact]
    public void An_approval_of_an_older_version_does_not_count()
    {
        var agreement = InReview(3, Laurens);

        var step = Lifecycle.Review(agreement, By(Laurens, ReviewKinds.Goedkeuring, 2), versionExists: true);

        Assert.True(step.IsRefused);
        Assert.StartsWith(Messages.NotTheSubmittedVersion(2, 3), step.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Requesting_changes_returns_it_to_concept_and_voids_the_approvals()
    {
        var agreement = InReview(3, Laurens, Erasmus) with { Approvals = [new Approval("Laurens", Laurens.Email, 3, Now)] };

        var step = Lifecycle.Review(agreement, By(Erasmus, ReviewKinds.WijzigingGevraagd, 3, "De looptijd ontbreekt"), versionExists: true);

        Assert.Equal(AgreementStatus.Concept, step.Next!.Status);
        Assert.Empty(step.Next.Approvals);
        Assert.Empty(step.Next.Parties);
        Assert.Null(step.Next.SubmittedVersion);
        Assert.Equal(3, step.Next.ChangesRequestedVersion);
        Assert.Equal("Artikel 5: De looptijd ontbreekt", step.Detail);
    }

    [Fact]
    public void Requesting_changes_after_approval_is_still_possible_before_finalising()
    {
        var agreement = InReview(3, Laurens) with { Status = AgreementStatus.Approved };

        var step = Lifecycle.Review(agreement, By(Laurens, ReviewKinds.WijzigingGevraagd, 3), versionExists: true);

        Assert.Equal(AgreementStatus.Concept, step.Next!.Status);
    }

    [Fact]
    public void A_comment_changes_nothing_but_is_logged()
    {
        var agreement = Concept(Laurens);

        var step = Lifecycle.Review(agreement, By(Laurens, ReviewKinds.Opmerking, 1, "Graag een datum"), versionExists: true);

        Assert.False(step.IsRefused);
        Assert.Null(step.Next);
        Assert.Equal(Messages.LogCommented("Laurens"), step.Action);
    }

    [Fact]
    public void A_comment_on_a_version_that_does_not_exist_is_refused()
    {
        Assert.True(Lifecycle.Review(Concept(Laurens), By(Laurens, ReviewKinds.Opmerking, 9), versionExists: false).IsRefused);
    }

    [Theory]
    [InlineData(ReviewKinds.Goedkeuring)]
    [InlineData(ReviewKinds.WijzigingGevraagd)]
    public void Approving_or_requesting_changes_in_concept_is_refused(string kind)
    {
        var step = Lifecycle.Review(Concept(Laurens), By(Laurens, kind, 1), versionExists: true);

        Assert.StartsWith(Messages.NothingUnderReview, step.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_content_in_review_returns_it_to_concept_and_says_whose_approval_lapsed()
    {
        var agreement = InReview(4, Laurens, Erasmus) with { Approvals = [new Approval("Laurens", Laurens.Email, 4, Now)] };

        var step = Lifecycle.ContentChanged(agreement, Messages.ChangedAnswers);

        Assert.Equal(AgreementStatus.Concept, step.Next!.Status);
        Assert.Empty(step.Next.Approvals);
        Assert.Equal(Messages.LogReturnedToConcept, step.Action);
        Assert.Equal(Messages.ReturnedToConceptBecause(Messages.ChangedAnswers, 4, ["Laurens"]), step.Detail);
        Assert.Contains("goedkeuring van Laurens is vervallen", step.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_content_of_a_concept_is_just_a_change()
    {
        Assert.Same(Transition.None, Lifecycle.ContentChanged(Concept(Laurens), Messages.ChangedParticipants));
    }

    [Fact]
    public void Finalising_an_approved_agreement_makes_it_definitief_naming_its_final_before_the_file_is_written_and_logged()
    {
        var agreement = InReview(3, Laurens) with { Status = AgreementStatus.Approved };

        var step = Lifecycle.Finalise(agreement, 3, 4, []);
        var logged = Lifecycle.Finalised(3, 4, "abc");

        Assert.Equal(AgreementStatus.Definitief, step.Next!.Status);
        Assert.Equal(4, step.Next.FinalVersion);
        Assert.Null(step.Action);
        Assert.Null(logged.Next);
        Assert.Equal(Messages.LogFinalised, logged.Action);
        Assert.Equal(4, logged.Version);
        Assert.Equal(Messages.LogFinalisedDetail(3, "abc"), logged.Detail);
    }

    [Fact]
    public void The_finals_number_moves_only_while_the_agreement_still_names_it()
    {
        var reserved = InReview(3, Laurens) with { Status = AgreementStatus.Definitief, FinalVersion = 4 };

        var moved = Lifecycle.MoveFinal(reserved, 4, 5);

        Assert.Equal(5, moved.Next!.FinalVersion);
        Assert.Equal(AgreementStatus.Definitief, moved.Next.Status);
        Assert.True(Lifecycle.MoveFinal(moved.Next, 4, 6).IsRefused);
        Assert.True(Lifecycle.MoveFinal(reserved with { Status = AgreementStatus.Approved }, 4, 5).IsRefused);
    }

    [Theory]
    [InlineData(AgreementStatus.Concept)]
    [InlineData(AgreementStatus.InReview)]
    [InlineData(AgreementStatus.Definitief)]
    public void Finalising_is_only_possible_once_approved(string status)
    {
        var agreement = InReview(3, Laurens) with { Status = status };

        Assert.StartsWith(Messages.FinaliseOnlyWhenApproved, Lifecycle.Finalise(agreement, 3, 4, []).Refusal, StringComparison.Ordinal);
        Assert.Equal(Lifecycle.Finalise(agreement, 3, 4, []).Refusal, Lifecycle.WhyNotFinal(agreement, 3));
    }

    [Fact]
    public void Whether_the_approved_version_can_be_finalised_is_known_before_the_final_is_rendered()
    {
        var agreement = InReview(3, Laurens) with { Status = AgreementStatus.Approved };

        Assert.Null(Lifecycle.WhyNotFinal(agreement, 3));
        Assert.StartsWith(Messages.NotTheSubmittedVersion(2, 3), Lifecycle.WhyNotFinal(agreement, 2), StringComparison.Ordinal);
    }

    [Fact]
    public void Finalising_a_version_that_is_no_longer_the_approved_one_is_refused()
    {
        var agreement = InReview(5, Laurens) with { Status = AgreementStatus.Approved };

        Assert.True(Lifecycle.Finalise(agreement, 3, 6, []).IsRefused);
    }

    [Fact]
    public void Once_definitief_nothing_changes_any_more()
    {
        var final = InReview(3, Laurens) with { Status = AgreementStatus.Definitief, FinalVersion = 4 };

        Assert.All(
            new[]
            {
                Lifecycle.ContentChanged(final, Messages.ChangedAnswers),
                Lifecycle.ContentChanged(final, Messages.ChangedParticipants),
                Lifecycle.Review(final, By(Laurens, ReviewKinds.Opmerking, 3), versionExists: true),
                Lifecycle.RenderDraft(final),
                Lifecycle.Submit(final, Submitting(3, PartiesOf(Laurens))),
            },
            step => Assert.Contains(Messages.AllowedNow(AgreementStatus.Definitief, 3, 4), step.Refusal, StringComparison.Ordinal));
    }
}
