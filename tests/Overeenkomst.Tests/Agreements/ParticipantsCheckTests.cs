using Overeenkomst.Agreements;

namespace Overeenkomst.Tests.Agreements;

/// <summary>A participants list is checked per entry, in Dutch, before anything is stored.</summary>
public sealed class ParticipantsCheckTests
{
    private const string Owner = "j.bakker@albeda.example";

    [Fact]
    public void A_good_list_is_cleaned_and_has_no_errors()
    {
        var (participants, errors) = ParticipantsCheck.Check(
            [new(" J.Bakker@Albeda.example ", " Albeda ", "opleiding"), new("f.elamrani@laurens.example", "Laurens", "zorg")], Owner);

        Assert.Empty(errors);
        Assert.Equal(new Participant(Owner, "Albeda", "opleiding"), participants[0]);
    }

    [Fact]
    public void Each_wrong_entry_gets_its_own_message()
    {
        var (_, errors) = ParticipantsCheck.Check(
        [
            new(Owner, "Albeda", "opleiding"),
            new("geen-adres", "Laurens", "zorg"),
            new("a@laurens.example", "", "beheerder"),
            new("A@laurens.example", "Laurens", "zorg"),
            null,
        ], Owner);

        Assert.Equal(Messages.ParticipantEmailInvalid(2), errors["participants[1].email"].Single());
        Assert.Equal(Messages.ParticipantOrganisationMissing(3), errors["participants[2].organisation"].Single());
        Assert.Equal(Messages.ParticipantRoleUnknown(3), errors["participants[2].role"].Single());
        Assert.Equal(Messages.ParticipantDuplicate(4, 3), errors["participants[3].email"].Single());
        Assert.Equal(Messages.ParticipantEmailInvalid(5), errors["participants[4].email"].Single());
    }

    [Fact]
    public void The_owner_cannot_be_removed()
    {
        var (_, errors) = ParticipantsCheck.Check([new("f.elamrani@laurens.example", "Laurens", "zorg")], Owner);

        Assert.Equal(Messages.ParticipantOwnerRemoved(Owner), errors["participants"].Single());
    }

    [Fact]
    public void The_owner_keeps_the_opleiding_role()
    {
        var (_, errors) = ParticipantsCheck.Check([new(Owner, "Albeda", "juridisch")], Owner);

        Assert.Equal(Messages.ParticipantOwnerRole(1), errors["participants[0].role"].Single());
    }
}
