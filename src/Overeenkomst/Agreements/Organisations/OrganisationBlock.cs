using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Agreements.Organisations;

/// <summary>
/// A party's own block in the answers: the fixed data of the organisation (legal name and form, KvK, BRIN, address, IBAN,
/// signatories and their authority, e-mail domains) inside its row of <c>partijen</c>. The organisation fills it in and
/// confirms it; the same fields make up its profile.
/// </summary>
/// <remarks>
/// The short name (<c>korte_naam</c>) is the agreement's own name for the party and the key participants are listed by, so
/// it is not part of the block; nor are the contact person and invoicing, which differ per agreement.
/// </remarks>
public static class OrganisationBlock
{
    /// <summary>The fields of the block, in the questionnaire's order (members of <c>partijen</c>).</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "naam", "soort", "rechtsvorm", "vestigingsplaats", "adres", "postcode", "plaats", "kvk", "brin", "iban",
        "vertegenwoordiger_naam", "vertegenwoordiger_functie", "vertegenwoordiger_email", "bevoegdheid", "vertegenwoordiger_grondslag",
        "tweede_vertegenwoordiger", "vertegenwoordiger2_naam", "vertegenwoordiger2_functie", "vertegenwoordiger2_email",
        AgreementParties.EmailDomainsField,
    ];

    /// <summary>
    /// What anyone signed in may see of a profile: the facts of the public registers (name, kind, legal form, KvK, BRIN and
    /// address). Never its people's e-mail addresses, its signatories or its IBAN.
    /// </summary>
    public static IReadOnlyList<string> PublicFields { get; } = ["naam", "soort", "rechtsvorm", "kvk", "brin", "vestigingsplaats", "adres", "postcode", "plaats"];

    /// <summary>The KvK number field, the key of a profile.</summary>
    public const string KvkField = "kvk";

    /// <summary>True when <paramref name="field"/> belongs to the block.</summary>
    public static bool IsField(string field) => Fields.Contains(field, StringComparer.Ordinal);

    /// <summary>The index in <c>partijen</c> of the party whose short name is <paramref name="party"/>, or -1.</summary>
    public static int IndexOf(JsonElement answers, string party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var index = 0;
        foreach (var row in Rows(answers))
        {
            if (AnswerText.Of(row, AgreementParties.ShortNameField) is { } name && Participation.SameOrganisation(name, party))
            {
                return index;
            }

            index++;
        }

        return -1;
    }

    /// <summary>The row of <paramref name="party"/> in <c>partijen</c>, or null.</summary>
    public static JsonElement? Row(JsonElement answers, string party) =>
        IndexOf(answers, party) is var index and >= 0 ? Rows(answers)[index] : null;

    /// <summary>
    /// The row of <paramref name="party"/>, a party <paramref name="answers"/> name (found by <see cref="AgreementParties.Of"/>,
    /// or checked by the caller): asking for another is a mistake in the code, not an outcome.
    /// </summary>
    public static JsonElement NamedRow(JsonElement answers, string party) =>
        Row(answers, party) ?? throw new ArgumentException($"The answers name no party '{party}'.", nameof(party));

    /// <summary>The block's fields of a party's row, as a new object (fields that are not answered are left out).</summary>
    public static JsonObject Of(JsonElement row)
    {
        var block = new JsonObject();
        if (row.ValueKind != JsonValueKind.Object)
        {
            return block;
        }

        foreach (var field in Fields)
        {
            if (row.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                block[field] = JsonNode.Parse(value.GetRawText());
            }
        }

        return block;
    }

    /// <summary>
    /// A fingerprint of the block in a party's row: the same exactly when every field holds the same value. A confirmation
    /// keeps it, so it counts only for the data that was confirmed.
    /// </summary>
    public static string Fingerprint(JsonElement row)
    {
        var text = new StringBuilder();
        foreach (var (field, value) in Of(row))
        {
            text.Append(field).Append('=').Append(value?.ToJsonString()).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// <paramref name="answers"/> with the block of row <paramref name="index"/> replaced by <paramref name="block"/>: every
    /// block field takes the value sent, or goes when it is not sent; the row's other answers stay.
    /// </summary>
    public static JsonElement WithBlock(JsonElement answers, int index, JsonObject block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var root = Answers.Editable(answers);
        if (root[AgreementParties.PartiesQuestion]?[index] is not JsonObject row)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "No party's row has this index.");
        }

        foreach (var field in Fields)
        {
            row.Remove(field);
            if (block[field] is { } value)
            {
                row[field] = value.DeepClone();
            }
        }

        return JsonSerializer.SerializeToElement(root);
    }

    /// <summary>The KvK number a block or row names, or null.</summary>
    public static string? Kvk(JsonElement row) =>
        AnswerText.Of(row, KvkField)?.Trim();

    private static JsonElement[] Rows(JsonElement answers) =>
        answers.ValueKind == JsonValueKind.Object && answers.TryGetProperty(AgreementParties.PartiesQuestion, out var parties)
            && parties.ValueKind == JsonValueKind.Array
            ? [.. parties.EnumerateArray()]
            : [];
}
