using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Overeenkomst.Agreements;

namespace Overeenkomst.Functions.Identity;

/// <summary>The HTML of the development sign-in: one button per test user, and a form for anyone else.</summary>
internal static class DevelopmentSignInPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>The page; after a refused form, with its errors and what was typed.</summary>
    public static string Render(string returnUrl, IReadOnlyDictionary<string, string>? errors = null, IFormCollection? typed = null)
    {
        errors ??= ReadOnlyDictionary<string, string>.Empty;
        var page = new StringBuilder(4096);
        page.Append("""
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Aanmelden (ontwikkeling) – Overeenkomst</title>
            <style>
            body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1.5rem; color: #1b1b1b; }
            h1 { color: #1f3864; font-size: 1.6rem; }
            .waarschuwing { background: #fff4ce; border-left: .3rem solid #c77c00; padding: .5rem 1rem; }
            ul.gebruikers { list-style: none; padding: 0; display: grid; gap: .5rem; }
            button { font: inherit; padding: .5rem 1rem; border: 2px solid #1f3864; background: #1f3864; color: #fff; border-radius: .25rem; cursor: pointer; }
            button.gebruiker { width: 100%; text-align: left; background: #fff; color: #1f3864; }
            :focus-visible { outline: 3px solid #c77c00; outline-offset: 2px; }
            label { display: block; font-weight: 600; margin-top: 1rem; }
            input, select { font: inherit; width: 100%; padding: .4rem; box-sizing: border-box; }
            .fout { color: #a00; font-weight: 600; }
            .foutenoverzicht { border: 3px solid #a00; padding: .5rem 1rem; }
            </style>
            </head>
            <body>
            <main>
            <h1>Aanmelden (ontwikkeling)</h1>
            <p class="waarschuwing">Deze aanmelding bestaat alleen op een ontwikkelmachine. In Azure meldt u zich aan via de aanmelding van uw organisatie.</p>
            """);

        if (errors.Count > 0)
        {
            page.Append("<div class=\"foutenoverzicht\" role=\"alert\" tabindex=\"-1\"><h2>Controleer de gegevens</h2><ul>");
            foreach (var (field, message) in errors)
            {
                page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{field}\">{Html.Encode(message)}</a></li>");
            }

            page.Append("</ul></div>");
        }

        page.Append("<h2>Kies een testgebruiker</h2><ul class=\"gebruikers\">");
        foreach (var user in TestUsers.All)
        {
            page.Append("<li><form method=\"post\" action=\"").Append(DevelopmentSignInApi.Path).Append("\">");
            Hidden(page, "naam", user.Name);
            Hidden(page, "email", user.Email);
            Hidden(page, "organisatie", user.Organisation);
            Hidden(page, "rol", user.Roles[0]);
            Hidden(page, DevelopmentSignInApi.ReturnParameter, returnUrl);
            page.Append(CultureInfo.InvariantCulture, $"<button class=\"gebruiker\" type=\"submit\">{Html.Encode(user.Name)} — {Html.Encode(user.Organisation)}, rol {Html.Encode(user.Roles[0])}</button></form></li>");
        }

        page.Append("</ul><h2>Of vul zelf een gebruiker in</h2><form method=\"post\" action=\"").Append(DevelopmentSignInApi.Path).Append("\" novalidate>");
        Hidden(page, DevelopmentSignInApi.ReturnParameter, returnUrl);
        Field(page, "naam", "Naam", "text", typed, errors);
        Field(page, "email", "E-mailadres", "email", typed, errors);
        Field(page, "organisatie", "Organisatie", "text", typed, errors);
        page.Append("<label for=\"rol\">Rol</label>");
        Error(page, "rol", errors);
        page.Append("<select id=\"rol\" name=\"rol\"").Append(Invalid("rol", errors)).Append('>');
        page.Append("<option value=\"\">Geen rol (alleen ondertekenen)</option>");
        foreach (var role in ParticipantRoles.All)
        {
            var selected = typed?["rol"].ToString() == role ? " selected" : "";
            page.Append(CultureInfo.InvariantCulture, $"<option value=\"{role}\"{selected}>{role}</option>");
        }

        page.Append("</select><p><button type=\"submit\">Aanmelden</button></p></form></main></body></html>");
        return page.ToString();
    }

    private static void Hidden(StringBuilder page, string name, string value) =>
        page.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{name}\" value=\"{Html.Encode(value)}\">");

    private static void Field(StringBuilder page, string name, string label, string type, IFormCollection? typed, IReadOnlyDictionary<string, string> errors)
    {
        page.Append(CultureInfo.InvariantCulture, $"<label for=\"{name}\">{label}</label>");
        Error(page, name, errors);
        page.Append(CultureInfo.InvariantCulture, $"<input id=\"{name}\" name=\"{name}\" type=\"{type}\" value=\"{Html.Encode(typed?[name].ToString() ?? "")}\"{Invalid(name, errors)}>");
    }

    // Ties a refused field to its message, for screen readers.
    private static string Invalid(string name, IReadOnlyDictionary<string, string> errors) =>
        errors.ContainsKey(name) ? $" aria-invalid=\"true\" aria-describedby=\"{name}-fout\"" : "";

    private static void Error(StringBuilder page, string name, IReadOnlyDictionary<string, string> errors)
    {
        if (errors.TryGetValue(name, out var message))
        {
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"fout\" id=\"{name}-fout\">{Html.Encode(message)}</p>");
        }
    }
}
