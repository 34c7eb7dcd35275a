using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>The one e-mail check of the product: for contact persons in the answers, participants and the development sign-in.</summary>
/// <remarks>The same rule everywhere, so whoever can sign in can be named a participant and written into an agreement.</remarks>
public static partial class EmailAddress
{
    /// <summary>
    /// An ordinary address: one @, a domain with a dot, no spaces (listing metadata separates addresses with them), and
    /// what .NET's <see cref="MailAddress"/> reads back unchanged.
    /// </summary>
    public static bool IsValid(string text) =>
        Pattern().IsMatch(text) && MailAddress.TryCreate(text, out var address) && address.Address == text;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
