namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>How the people of a test sign in to the <see cref="AgreementsHost"/>.</summary>
public enum TestSignIn
{
    /// <summary>As in Azure: App Service Authentication's principal header on every request (<see cref="TestPerson.Principal"/>).</summary>
    AppService,

    /// <summary>As on a developer's machine: the development sign-in's form once, then its cookie (<see cref="TestPerson.Form"/>).</summary>
    Development,
}
