using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Agreements.Signing;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Migration;

namespace Overeenkomst.Agreements.Renewal;

/// <summary>
/// "Nieuwe overeenkomst op basis van deze": a new draft from the answers of a final (or signed) agreement — the answers
/// of its final, as the questionnaire of now names them, with every date to be filled in again and the signatories'
/// addresses as last corrected; its participants and clause edits; and a record of the final it came from. Both logs
/// name the other agreement.
/// </summary>
public sealed class AgreementRenewal(AgreementArchive agreements, VersionArchive versions, AnswerMigration migration)
{
    /// <summary>Starts the renewal of <paramref name="read"/> by <paramref name="by"/> (who owns the new draft), or says why not.</summary>
    public async Task<RenewalResult> RenewAsync(AgreementId id, Stored<AgreementDocument> read, Actor by, string organisation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var old = read.Value;
        var final = old.FinalVersion is { } number && AgreementStatus.IsFinal(old.Status)
            ? (await versions.ListAsync(id, cancellationToken).ConfigureAwait(false)).FirstOrDefault(version => version.Number == number && version.Kind == VersionRecord.Definitief)
            : null;
        if (final is null || await versions.ReadSnapshotAsync(id, final.Number, cancellationToken).ConfigureAwait(false) is not { } snapshot)
        {
            return new RenewalResult(null, $"{Messages.RenewOnlyFinal} {Messages.AllowedNow(old.Status, old.SubmittedVersion, old.FinalVersion)}");
        }

        var answers = migration.Stored(snapshot.Answers, snapshot.QuestionnaireVersion, old.Id).Answers;
        answers = WithSignatoryEmails(ClearedDates.Of(answers, migration.Definition), old.Signatories ?? []);
        // The renewer owns the new draft; everyone who took part keeps taking part.
        var own = Participation.Of(old, by.Email) ?? new Participant(by.Email, organisation, ParticipantRoles.Opleiding);
        var participants = old.Participants.Where(participant => !Participation.SameEmail(participant.Email, by.Email))
            .Prepend(own with { Role = ParticipantRoles.Opleiding }).ToList();
        var source = new RenewalSource(old.Id, final.Number, final.Sha256, old.Title);
        var created = await agreements.CreateAsync(Answers.Stored(answers), by, participants,
            agreement => agreement with { ClauseEdits = snapshot.ClauseEdits, RenewalOf = source },
            Messages.LogRenewalCreated, Messages.LogRenewalCreatedDetail(old.Title, old.Id, final.Number), cancellationToken).ConfigureAwait(false);
        await agreements.NoteAsync(id, by, Messages.LogRenewed, final.Number, Messages.LogRenewedDetail(created.Value.Title, created.Value.Id),
            cancellationToken).ConfigureAwait(false);
        return new RenewalResult(created, null);
    }

    // A party that corrected its signatory's address after finalising wants that address in the next agreement too.
    private static JsonElement WithSignatoryEmails(JsonElement answers, IReadOnlyList<Signatory> signatories)
    {
        var root = Answers.Editable(answers);
        foreach (var signatory in signatories.Where(signatory => signatory.Email is not null))
        {
            var index = Organisations.OrganisationBlock.IndexOf(answers, signatory.Party);
            if (index >= 0 && root["partijen"]?[index] is JsonObject row)
            {
                row[signatory.Position == 1 ? "vertegenwoordiger_email" : "vertegenwoordiger2_email"] = signatory.Email;
            }
        }

        return JsonSerializer.SerializeToElement(root);
    }
}

/// <summary>The new draft, or why there is none (in Dutch).</summary>
/// <param name="Created">The new agreement with its ETag.</param>
/// <param name="Refusal">Why the agreement cannot be renewed now.</param>
public sealed record RenewalResult(Stored<AgreementDocument>? Created, string? Refusal)
{
    /// <summary>True when the new draft was made; otherwise <see cref="Refusal"/> says why not.</summary>
    [MemberNotNullWhen(true, nameof(Created))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsCreated => Created is not null;
}
