using System.Text.Json;
using Overeenkomst.Agreements;

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

    private static AgreementDocument InReview(int version, params Participant[] others) =>
        Concept(others) with { Status = AgreementStatus.InReview, SubmittedVersion = version };

    private static Review By(Participant reviewer, string kind, int version, string text = "tekst") =>
        new(version, "Artikel 5", kind, text, reviewer.Email, reviewer.Email, reviewer.Organisation, Now);

    private static AgreementDocument Apply(AgreementDocument agreement, Transition transition)
    {
        Assert.False(transition.IsRefused, transition.Refusal);
        return transition.Next ?? agreement;
    }

    [Fact]
    public void Submitting_an_existing_version_with_a_reviewer_puts_it_in_review()
    {
        var step = Lifecycle.Submit(Concept(Laurens), 2, versionExists: true);

        Assert.Equal(AgreementStatus.InReview, step.Next!.Status);
        Assert.Equal(2, step.Next.SubmittedVersion);
        Assert.Equal(2, step.Version);
        Assert.Equal(Messages.LogSubmitted, step.Action);
    }

    [Fact]
    public void Submitting_a_version_that_does_not_exist_is_refused()
    {
        var step = Lifecycle.Submit(Concept(Laurens), 7, versionExists: false);

        Assert.True(step.IsRefused);
        Assert.Contains("Versie 7 bestaat niet", step.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Submitting_without_any_care_organisation_is_refused_and_says_what_is_possible_now()
    {
        var step = Lifecycle.Submit(Concept(Jurist), 1, versionExists: true);

        Assert.Equal($"{Messages.SubmitWithoutReviewers} {Messages.AllowedNow(AgreementStatus.Concept, null, null)}", step.Refusal);
    }

    [Theory]
    [InlineData(AgreementStatus.InReview)]
    [InlineData(AgreementStatus.Approved)]
    [InlineData(AgreementStatus.Definitief)]
    public void Submitting_is_only_possible_from_concept(string status)
    {
        var step = Lifecycle.Submit(InReview(1, Laurens) with { Status = status }, 2, versionExists: true);

        Assert.StartsWith(Messages.SubmitOnlyFromConcept, step.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void One_organisation_approving_leaves_it_in_review_until_the_other_approves_the_same_version()
    {
        var agreement = InReview(3, Laurens, Erasmus);

        var afterLaurens = Apply(agreement, Lifecycle.Review(agreement, By(Laurens, ReviewKinds.Goedkeuring, 3), versionExists: true));
        var afterBoth = Apply(afterLaurens, Lifecycle.Review(afterLaurens, By(Erasmus, ReviewKinds.Goedkeuring, 3), versionExists: true));

        Assert.Equal(AgreementStatus.InReview, afterLaurens.Status);
        Assert.Equal(AgreementStatus.Approved, afterBoth.Status);
        Assert.Equal(["Laurens", "Erasmus MC"], afterBoth.Approvals.Select(approval => approval.Organisation));
    }

    [Fact]
    public void Two_reviewers_of_the_same_organisation_count_as_one_approval()
    {
        var agreement = InReview(3, Laurens, Laurens2, Erasmus);

        var first = Apply(agreement, Lifecycle.Review(agreement, By(Laurens, ReviewKinds.Goedkeuring, 3), versionExists: true));
        var second = Apply(first, Lifecycle.Review(first, By(Laurens2, ReviewKinds.Goedkeuring, 3), versionExists: true));

        Assert.Equal(AgreementStatus.InReview, second.Status);
        Assert.Equal(Laurens2.Email, Assert.Single(second.Approvals).Email);
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
        Assert.Null(step.Next.SubmittedVersion);
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

        var step = Lifecycle.Finalise(agreement, 3, 4);
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

        Assert.StartsWith(Messages.FinaliseOnlyWhenApproved, Lifecycle.Finalise(agreement, 3, 4).Refusal, StringComparison.Ordinal);
        Assert.Equal(Lifecycle.Finalise(agreement, 3, 4).Refusal, Lifecycle.WhyNotFinal(agreement, 3));
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

        Assert.True(Lifecycle.Finalise(agreement, 3, 6).IsRefused);
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
                Lifecycle.Submit(final, 3, versionExists: true),
            },
            step => Assert.Contains(Messages.AllowedNow(AgreementStatus.Definitief, 3, 4), step.Refusal, StringComparison.Ordinal));
    }
}
