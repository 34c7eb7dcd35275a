using Overeenkomst.Agreements;
using Overeenkomst.Functions.Identity;

namespace Overeenkomst.Functions.Access;

/// <summary>An agreement the caller may act on: as read, with their place in it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Agreement">It, with the ETag it had when read.</param>
/// <param name="Participant">The caller's entry in its participants list; null for a signatory who does not take part.</param>
/// <param name="User">The caller, as signed in.</param>
internal sealed record OpenAgreement(AgreementId Id, Stored<AgreementDocument> Agreement, Participant? Participant, SignedInUser User)
{
    /// <summary>The caller, for the log.</summary>
    public Actor Actor { get; } = new(User.Email, User.Name);

    /// <summary>The caller as a participant: every step but <see cref="AgreementAction.ReadForSigning"/> is opened only for participants.</summary>
    public Participant Member => Participant ?? throw new InvalidOperationException("Only participants act in a role.");

    /// <summary>
    /// The agreement <see cref="AgreementAccessFilter"/> opened for this request. An endpoint that asks for it without
    /// <see cref="AgreementRoutes.Opens"/> is a mistake in the code, not an outcome: it throws.
    /// </summary>
    public static OpenAgreement Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<OpenAgreement>()
               ?? throw new InvalidOperationException($"{context.GetEndpoint()?.DisplayName} reads an agreement it does not open: map it with .Opens(action).");
    }
}
