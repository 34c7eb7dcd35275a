using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>
/// A signing date is held against the day a version is submitted, by the handler's clock — and only then: rendering and
/// finalising never look at it, so a date that passes during the review expires nothing.
/// </summary>
public sealed class SigningDateAtSubmitTests : IDisposable
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "Review", "TestData", "ondertekening");

    // 1 December 2026, ten in the morning in the Netherlands.
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)));
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-ondertekening-");
    private readonly AgreementsHost host;

    public SigningDateAtSubmitTests()
    {
        // Three questions and a one-line template: the step under test does not depend on the agreement's content.
        var settings = AgreementsHost.Folder(folder.FullName);
        settings["Questionnaire:Path"] = Path.Combine(TestData, "vragenlijst.json");
        settings["Templates:Path"] = Path.Combine(TestData, "sjablonen");
        host = new AgreementsHost(settings, clock);
    }

    // The parties are there because submitting needs them: every party approves (Albeda by submitting, Laurens by reviewing).
    private static string SignedOn(string? date) => JsonSerializer.Serialize(new
    {
        naam_leerwerkplek = "Leerafdeling De Esch",
        partijen = new[] { new { korte_naam = "Albeda", soort = "mbo-instelling" }, new { korte_naam = "Laurens", soort = "zorgorganisatie" } },
        ondertekening_datum = date,
    });

    [Fact]
    public async Task A_signing_date_before_the_day_of_submitting_is_refused_with_422_on_that_question_though_it_renders()
    {
        using var owner = host.CreateClient(TestPerson.Opleider);
        var id = await ReadyToSubmitAsync(owner, SignedOn("2026-12-10"));
        clock.Now = new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.FromHours(1));

        using var refused = await owner.SubmitAsync(id, 1);

        Assert.Equal(Messages.AnswersInvalidTitle, await AssertProblemAsync(refused, HttpStatusCode.UnprocessableEntity));
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            Messages.SigningDateBeforeSubmission(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 11)),
            Assert.Single(errors.GetProperty("ondertekening_datum").EnumerateArray()).GetString());
        Assert.Equal("concept", await owner.StatusAsync(id));

        // Rendering the same answers again is not refused: only submitting looks at the clock.
        Assert.Equal(2, (await owner.CreateVersionAsync(id)).GetProperty("number").GetInt32());

        // Without a date (each party signs on its own day) the next version can be submitted.
        var (_, etag) = await owner.GetAgreementAsync(id);
        await ExpectAsync(await owner.SaveAnswersAsync(id, SignedOn(null), etag), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        await ExpectAsync(await owner.SubmitAsync(id, 3), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_signing_date_of_today_can_be_submitted()
    {
        using var owner = host.CreateClient(TestPerson.Opleider);
        var id = await ReadyToSubmitAsync(owner, SignedOn("2026-12-01"));

        await ExpectAsync(await owner.SubmitAsync(id, 1), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_signing_date_that_passes_during_the_review_does_not_stop_finalising()
    {
        using var owner = host.CreateClient(TestPerson.Opleider);
        using var laurens = host.CreateClient(TestPerson.LaurensZorg);
        using var jurist = host.CreateClient(TestPerson.Jurist);
        var id = await ReadyToSubmitAsync(owner, SignedOn("2026-12-10"));
        await ExpectAsync(await owner.SubmitAsync(id, 1), HttpStatusCode.OK);
        await ExpectAsync(await laurens.ReviewAsync(id, 1, "goedkeuring"), HttpStatusCode.Created);
        clock.Now = new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.FromHours(1));

        using var finalised = await jurist.FinalizeAsync(id);

        await ExpectAsync(finalised, HttpStatusCode.Created);
        Assert.Equal("definitief", await owner.StatusAsync(id));

        // After the final, submitting is refused by the lifecycle (409), not for the date that has passed.
        await ExpectRefusedAsync(await owner.SubmitAsync(id, 1));
    }

    public void Dispose()
    {
        host.Dispose();
        folder.Delete(recursive: true);
    }

    // An agreement with one reviewer and a first version, made on the clock's current day.
    private static async Task<string> ReadyToSubmitAsync(HttpClient owner, string answers)
    {
        var (id, etag) = await owner.CreateAsync(answers);
        await ExpectAsync(await owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        return id;
    }
}
