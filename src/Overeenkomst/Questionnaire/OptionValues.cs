namespace Overeenkomst.Questionnaire;

/// <summary>
/// Options of the questionnaire (vragenlijst.json) that the code compares answers with, so that each is spelled once;
/// a test holds every one of them to the options its question offers.
/// </summary>
internal static class OptionValues
{
    /// <summary>'Bekostigingsmodel': each party bears its own costs, so nothing is settled between them.</summary>
    public const string OwnCosts = "ieder draagt de eigen kosten";

    /// <summary>'Wie draagt de loonkosten?' of a secondment: the party the employee works for pays his employer.</summary>
    public const string ReceiverPaysSalary = "de partij voor wie de medewerker werkt";
}
