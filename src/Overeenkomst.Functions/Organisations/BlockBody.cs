using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements.Organisations;
using Overeenkomst.Functions.Http;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Functions.Organisations;

/// <summary>
/// Reads an organisation's block from a request body (a party's block in an agreement, or a profile): read as answers are
/// (size, UTF-8, half characters), and only the block's fields — anything else is 422 at its name.
/// </summary>
internal static class BlockBody
{
    /// <summary>The block sent; with <paramref name="kvk"/>, a KvK number in it must be that one.</summary>
    public static async Task<OrProblem<JsonObject>> ReadAsync(HttpRequest request, AnswerMigration migration, string? kvk,
        CancellationToken cancellationToken)
    {
        var read = await AnswersBody.ReadAsync(request, migration, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        var sent = read.Answers;
        var errors = sent.Root.EnumerateObject().Where(field => !OrganisationBlock.IsField(field.Name))
            .Select(field => new ValidationError(field.Name, Messages.NotABlockField(field.Name))).ToList();
        if (kvk is not null && OrganisationBlock.Kvk(sent.Root) is { } named && named != kvk)
        {
            errors.Add(new ValidationError(OrganisationBlock.KvkField, Messages.KvkMismatch(kvk)));
        }

        return errors.Count > 0 ? AnswerProblems.Invalid(errors) : OrganisationBlock.Of(sent.Root);
    }
}
