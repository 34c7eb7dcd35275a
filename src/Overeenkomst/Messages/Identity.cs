namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds signing in.
/// </summary>
public static partial class Messages
{
    /// <summary>Start-up stops: the development sign-in is asked for outside Development.</summary>
    public static string DevelopmentSignInRefused(string environment) =>
        $"De ontwikkelaanmelding (Auth:Mode = Development) kan alleen in de omgeving Development aan; deze omgeving is '{environment}'. Gebruik Auth:Mode = EasyAuth (App Service-verificatie).";

    /// <summary>The development sign-in form lacks a name.</summary>
    public const string SignInNameMissing = "Vul een naam in.";

    /// <summary>The development sign-in form lacks an organisation.</summary>
    public const string SignInOrganisationMissing = "Vul de organisatie in.";

    /// <summary>The development sign-in form lacks a role.</summary>
    public const string SignInRoleMissing = "Kies een rol: opleiding, zorg of juridisch, of geen rol om alleen te ondertekenen.";
}
