using System.Net;
using Overeenkomst.Functions.Tests.Agreements;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Finalising;

/// <summary>The steps up to finalising, as the people involved take them.</summary>
public static class ApprovedAgreement
{
    /// <summary>
    /// The owner starts the Laurens example with Laurens and the jurist as participants, renders version 1 and submits it;
    /// Laurens approves it. Returns the agreement's id.
    /// </summary>
    public static async Task<string> CreateAsync(HttpClient owner, HttpClient laurens)
    {
        var (id, etag) = await owner.CreateAsync(ExampleAnswers.Laurens);
        await ExpectAsync(await owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        await ExpectAsync(await owner.SubmitAsync(id, 1), HttpStatusCode.OK);
        await ExpectAsync(await laurens.ReviewAsync(id, 1, "goedkeuring"), HttpStatusCode.Created);
        return id;
    }
}
