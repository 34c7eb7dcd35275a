using System.Text.Json;
using Overeenkomst.Agreements;

namespace Overeenkomst.Tests.Agreements;

/// <summary>A participant acts in the role the participants list gives them only while their sign-in carries that role too.</summary>
public sealed class PermissionsTests
{
    private static readonly Participant Owner = new("j.bakker@albeda.example", "Albeda", ParticipantRoles.Opleiding);
    private static readonly Participant OtherTeacher = new("k.smit@albeda.example", "Albeda", ParticipantRoles.Opleiding);
    private static readonly Participant Reviewer = new("f.elamrani@laurens.example", "Laurens", ParticipantRoles.Zorg);
    private static readonly Participant Jurist = new("s.dekker@laurens.example", "Laurens", ParticipantRoles.Juridisch);

    private static readonly AgreementDocument Agreement = new("0123456789abcdef0123456789abcdef", "Samenwerkingsovereenkomst", AgreementStatus.Concept,
        [Owner, OtherTeacher, Reviewer, Jurist], DateTimeOffset.UnixEpoch, Owner.Email, DateTimeOffset.UnixEpoch, Owner.Email, JsonDocument.Parse("{}").RootElement);

    public static TheoryData<AgreementAction, Participant, string[], bool> Cases => new()
    {
        { AgreementAction.Read, Reviewer, [], true },
        { AgreementAction.Edit, Owner, ["opleiding"], true },
        { AgreementAction.Edit, Owner, [], false },
        { AgreementAction.Edit, Reviewer, ["zorg"], false },
        { AgreementAction.EditClauses, Owner, ["opleiding"], true },
        { AgreementAction.EditClauses, OtherTeacher, ["opleiding"], false },
        { AgreementAction.EditClauses, Jurist, ["juridisch"], true },
        { AgreementAction.EditClauses, Jurist, ["opleiding"], false },
        { AgreementAction.Review, Reviewer, ["zorg"], true },
        { AgreementAction.Review, Owner, ["opleiding"], true },
        { AgreementAction.Review, Reviewer, [], false },
        { AgreementAction.Review, Reviewer, ["juridisch"], false },
        { AgreementAction.Finalise, Jurist, ["juridisch"], true },
        { AgreementAction.Finalise, Jurist, ["opleiding", "zorg"], false },
        { AgreementAction.Finalise, Owner, ["juridisch"], false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_step_needs_the_role_in_the_agreement_and_the_same_role_in_the_sign_in(AgreementAction action, Participant participant, string[] signIn, bool allowed) =>
        Assert.Equal(allowed, Permissions.WhyNot(action, Agreement, participant, signIn) is null);

    [Fact]
    public void A_missing_sign_in_role_is_explained_with_the_role_needed_and_the_roles_the_sign_in_has()
    {
        Assert.Equal(Messages.SignInLacksRole("juridisch", ["opleiding"]), Permissions.WhyNot(AgreementAction.Finalise, Agreement, Jurist, ["opleiding"]));
        Assert.Contains("geen rol", Permissions.WhyNot(AgreementAction.Review, Agreement, Reviewer, []), StringComparison.Ordinal);
    }
}
