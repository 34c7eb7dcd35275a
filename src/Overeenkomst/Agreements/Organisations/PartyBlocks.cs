using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Agreements.Organisations;

/// <summary>
/// A party fills in and confirms its own block of an agreement: the fields of <see cref="OrganisationBlock"/> in its row of
/// <c>partijen</c>. Confirming also keeps the block as the organisation's profile, for the next agreement it joins.
/// </summary>
/// <remarks>Who may (a participant of that party, with an address in its domains) is decided before these are called.</remarks>
public sealed class PartyBlocks(AgreementArchive agreements, ProfileArchive profiles, AnswerValidator validator)
{
    /// <summary>Every party's block: whether it is confirmed as it stands, and whose confirmation it waits for.</summary>
    public static IReadOnlyList<PartyBlockStatus> Status(AgreementDocument agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return [.. AgreementParties.Of(agreement.Answers).Select(party =>
        {
            var row = OrganisationBlock.NamedRow(agreement.Answers, party.ShortName);
            var confirmed = BlockConfirmation.Current(agreement.BlockConfirmations, agreement.Answers, party.ShortName);
            var people = agreement.Participants.Where(participant => party.IsNamed(participant.Organisation)).ToList();
            return new PartyBlockStatus(party.ShortName, Text(row, "naam"), OrganisationBlock.Kvk(row), confirmed, people);
        })];
    }

    /// <summary>
    /// Replaces the block of <paramref name="party"/> with <paramref name="block"/> (only block fields; what is not sent is
    /// emptied), while the agreement still has <paramref name="etag"/>. The log lists the fields that changed.
    /// </summary>
    public Task<SaveResult> SaveAsync(AgreementId id, Stored<AgreementDocument> current, string party, JsonObject block, string etag, Actor by,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        var index = OrganisationBlock.IndexOf(current.Value.Answers, party);
        var answers = OrganisationBlock.WithBlock(current.Value.Answers, index, block);
        var changes = AnswerChanges.Between(current.Value.Answers, answers, validator.Definition);
        return agreements.SavePartyBlockAsync(id, current, etag, by, party, Messages.LogBlockSaved(party),
            agreement => agreement with { Answers = answers }, changes, cancellationToken);
    }

    /// <summary>
    /// Confirms the block of <paramref name="party"/> as it stands: refused while a field of it is wrong or missing, or when
    /// it names no e-mail domains; the profile of its KvK number is written from it first (refused when that profile
    /// belongs to an organisation <paramref name="by"/> is not part of).
    /// </summary>
    public async Task<BlockConfirmResult> ConfirmAsync(AgreementId id, Stored<AgreementDocument> current, string party, string etag, Actor by,
        DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.ETag != etag)
        {
            return new BlockConfirmResult(SaveResult.Stale);
        }

        var answers = current.Value.Answers;
        var index = OrganisationBlock.IndexOf(answers, party);
        var row = OrganisationBlock.NamedRow(answers, party);
        var prefix = $"{AgreementParties.PartiesQuestion}[{index}].";
        var errors = validator.Validate(Answers.Stored(answers)).Errors
            .Where(error => error.QuestionId.StartsWith(prefix, StringComparison.Ordinal) && OrganisationBlock.IsField(error.QuestionId[prefix.Length..]))
            .ToList();
        // The stored row is as typed; the check normalises, so a number with spaces passes it but keys no profile.
        var kvk = OrganisationBlock.Kvk(row);
        if (errors.Count == 0 && !OrganisationLayout.IsKvk(kvk))
        {
            errors.Add(new ValidationError(prefix + OrganisationBlock.KvkField, Messages.NotAKvkNumber));
        }

        if (AgreementParties.DomainsOf(row).Count == 0)
        {
            errors.Add(new ValidationError(prefix + AgreementParties.EmailDomainsField, Messages.BlockNeedsDomains(party)));
        }

        if (errors.Count > 0 || !OrganisationLayout.IsKvk(kvk))
        {
            return new BlockConfirmResult(null, errors);
        }

        var saved = await profiles.SaveAsync(kvk, OrganisationBlock.Of(row), null, by,
            Messages.LogProfileConfirmed(current.Value.Title), cancellationToken).ConfigureAwait(false);
        if (saved.Refusal is { } refusal)
        {
            return new BlockConfirmResult(null, [], refusal);
        }

        if (saved.Error is { } error)
        {
            return new BlockConfirmResult(null, [new ValidationError(prefix + saved.Field, error)]);
        }

        var confirmation = new BlockConfirmation(party, OrganisationBlock.Fingerprint(row), by.Email, by.Name, at);
        var result = await agreements.SavePartyBlockAsync(id, current, etag, by, party, Messages.LogBlockConfirmed(party),
            agreement => agreement with
            {
                BlockConfirmations = [.. agreement.BlockConfirmations.Where(other => !Participation.SameOrganisation(other.Party, party)), confirmation],
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new BlockConfirmResult(result);
    }

    private static string? Text(JsonElement row, string field) => AnswerText.Of(row, field);
}

/// <summary>One party's block as the agreement page and the questionnaire show it.</summary>
/// <param name="Party">The party's short name.</param>
/// <param name="Name">Its legal name as the block has it, if any.</param>
/// <param name="Kvk">Its KvK number, if any.</param>
/// <param name="Confirmed">Its confirmation, when it still holds; null while the block waits.</param>
/// <param name="People">The participants of that party: who can fill in and confirm it.</param>
public sealed record PartyBlockStatus(string Party, string? Name, string? Kvk, BlockConfirmation? Confirmed, IReadOnlyList<Participant> People);

/// <summary>What became of a confirmation: saved (or stale, not found, refused by the lifecycle), or the block's errors, or not this person's organisation.</summary>
/// <param name="Outcome">The save, when it was attempted.</param>
/// <param name="Errors">What is wrong in the block, per path; empty when nothing is.</param>
/// <param name="Forbidden">Why the profile of this KvK number is not the confirmer's to change, in Dutch.</param>
public sealed record BlockConfirmResult(SaveResult? Outcome, IReadOnlyList<ValidationError>? Errors = null, string? Forbidden = null);
