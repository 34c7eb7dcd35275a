using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Overeenkomst.Agreements.Organisations;

/// <summary>
/// Where organisations' profiles live beside the agreements: <c>organisaties/{kvk}/profiel.json</c> and its audit trail
/// <c>organisaties/{kvk}/log.jsonl</c>, keyed by the KvK number (eight digits, so nothing else can reach a path).
/// </summary>
public static partial class OrganisationLayout
{
    /// <summary>True for a KvK number: exactly eight digits.</summary>
    public static bool IsKvk([NotNullWhen(true)] string? kvk) => kvk is not null && Kvk().IsMatch(kvk);

    /// <summary>The profile of the organisation with KvK number <paramref name="kvk"/>.</summary>
    public static string Profile(string kvk) => $"organisaties/{Checked(kvk)}/profiel.json";

    /// <summary>The audit trail of that profile: every change, who made it and which fields it changed.</summary>
    public static string Log(string kvk) => $"organisaties/{Checked(kvk)}/log.jsonl";

    private static string Checked(string kvk) => IsKvk(kvk) ? kvk : throw new ArgumentException($"'{kvk}' is no KvK number.", nameof(kvk));

    [GeneratedRegex("^[0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Kvk();
}
