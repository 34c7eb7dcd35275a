namespace Overeenkomst.Agreements.Parties;

/// <summary>One of the agreement's parties, as its answers name it: the short name ("hierna: …") and the e-mail domains of its people.</summary>
/// <param name="ShortName">The party's short name (<c>korte_naam</c>); a participant's organisation names it.</param>
/// <param name="EmailDomains">The e-mail domains of the organisation (<c>email_domeinen</c>), lower case; none when the answers list none.</param>
public sealed record Party(string ShortName, IReadOnlyList<string> EmailDomains)
{
    /// <summary>Whether someone signed in as <paramref name="email"/> can act for this party: any address when it lists no domains, else one of its domains or a subdomain of one.</summary>
    public bool Admits(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (EmailDomains.Count == 0)
        {
            return true;
        }

        var at = email.LastIndexOf('@');
        var domain = at < 0 ? "" : email[(at + 1)..].Trim().ToLowerInvariant();
        return EmailDomains.Any(allowed => domain == allowed || domain.EndsWith("." + allowed, StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="organisation"/> (a participant's) names this party.</summary>
    public bool IsNamed(string organisation) => Participation.SameOrganisation(ShortName, organisation);
}
