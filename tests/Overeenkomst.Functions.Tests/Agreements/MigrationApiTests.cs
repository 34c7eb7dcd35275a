using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Storage;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// An agreement stored before a deploy that renamed and removed questions: it reads back migrated, the person is told what
/// changed, and answers sent under an older version are migrated too. The handler after the deploy runs over Azurite;
/// what the older deploy left is written into the container as it would have left it (answers of version 1, no version
/// recorded), so the test does not depend on the questionnaire of today.
/// </summary>
public sealed class MigrationApiTests : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-vragenlijst-");
    private readonly CollectingLogs logs = new();
    private readonly AgreementsHost afterDeploy;

    public MigrationApiTests(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        afterDeploy = new AgreementsHost(
            new Dictionary<string, string>(AgreementsHost.Blob(azurite.Azurite.ConnectionString))
            {
                ["Questionnaire:Path"] = ChangedQuestionnaire.Write(ChangedQuestionnaire.Next(), folder),
            },
            logs: logs);
    }

    private HttpClient AfterDeploy => field ??= afterDeploy.CreateClient(TestPerson.Opleider);

    private static string LaurensUnderVersion1 => ChangedQuestionnaire.AnsweredUnderVersion1(ExampleAnswers.Laurens);

    // An agreement as a deploy of version 1 left it: its answers as they were given then, no questionnaire version recorded.
    // Gives its ETag as the API shows it (quoted).
    private async Task<(string Id, string ETag)> StoredBeforeTheDeployAsync()
    {
        var (id, _) = await AfterDeploy.CreateAsync("{}");
        var store = afterDeploy.Services.GetRequiredService<IStore>();
        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var file = (await store.ReadAsync(AgreementLayout.Agreement(agreementId)))!;
        var agreement = JsonNode.Parse(file.Content.ToString())!.AsObject();
        agreement["answers"] = JsonNode.Parse(LaurensUnderVersion1);
        agreement.Remove("questionnaireVersion");
        var etag = await store.WriteAsync(AgreementLayout.Agreement(agreementId), BinaryData.FromString(agreement.ToJsonString()),
            WriteCondition.Replace(file.ETag), file.Metadata);
        return (id, $"\"{etag}\"");
    }

    private static StringContent WithVersion(string answers, string version)
    {
        var content = Json(answers);
        content.Headers.Add("Questionnaire-Version", version);
        return content;
    }

    [Fact]
    public async Task A_stored_agreement_reads_back_migrated_and_says_what_changed_without_being_written()
    {
        var (id, etag) = await StoredBeforeTheDeployAsync();

        var (agreement, etagAfterDeploy) = await AfterDeploy.GetAgreementAsync(id);

        var answers = agreement.GetProperty("answers");
        Assert.Equal(6, answers.GetProperty("opzegtermijn_in_maanden").GetInt32());
        Assert.False(answers.TryGetProperty("opzegtermijn_maanden", out _));
        Assert.False(answers.TryGetProperty("kwaliteitstoets_opnemen", out _));
        Assert.Equal("24352716", answers.GetProperty("partijen")[0].GetProperty("kvk_nummer").GetString());
        Assert.Equal(ChangedQuestionnaire.NextVersion, agreement.GetProperty("questionnaireVersion").GetString());
        var migration = agreement.GetProperty("migration").EnumerateArray().Select(note => note.GetString()).ToList();
        Assert.Equal(6, migration.Count);
        Assert.Contains("De vraag 'kwaliteitstoets_opnemen' komt sinds versie 2 van de vragenlijst niet meer voor; het antwoord daarop is vervallen.", migration);
        Assert.Equal(etag, etagAfterDeploy);
        Assert.Contains(logs.Lines, line => line.Contains($"the answer to locaties.doelgroep was dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Once_saved_the_answers_are_stored_under_the_new_version_and_nothing_more_is_told()
    {
        var (id, _) = await StoredBeforeTheDeployAsync();
        var (migrated, etag) = await AfterDeploy.GetAgreementAsync(id);

        using var saved = await AfterDeploy.SaveAnswersAsync(id, migrated.GetProperty("answers").GetRawText(), etag);

        var (agreement, _) = await AfterDeploy.GetAgreementAsync(id);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Empty(agreement.GetProperty("migration").EnumerateArray());
        Assert.True(JsonElement.DeepEquals(migrated.GetProperty("answers"), agreement.GetProperty("answers")));
    }

    [Fact]
    public async Task Answers_sent_under_the_old_version_are_migrated_and_the_reply_says_what_changed()
    {
        var (id, etag) = await AfterDeploy.CreateAsync("""{ "naam_leerwerkplek": "Leerhuis" }""");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/agreements/{id}/answers") { Content = WithVersion(LaurensUnderVersion1, "1") };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));

        using var response = await AfterDeploy.SendAsync(request);

        var saved = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, saved["migration"]!.AsArray().Count);
        Assert.Equal(6, (await AfterDeploy.GetAgreementAsync(id)).Agreement.GetProperty("answers").GetProperty("opzegtermijn_in_maanden").GetInt32());
    }

    [Fact]
    public async Task Answers_under_the_old_ids_without_saying_so_are_refused_naming_the_new_id()
    {
        var (id, etag) = await AfterDeploy.CreateAsync("""{ "naam_leerwerkplek": "Leerhuis" }""");

        using var response = await AfterDeploy.SaveAnswersAsync(id, ExampleAnswers.Laurens, etag);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("Onbekende vraag 'opzegtermijn_maanden'. Bedoelde u 'opzegtermijn_in_maanden'?", errors.GetProperty("opzegtermijn_maanden")[0].GetString());
    }

    [Fact]
    public async Task The_check_migrates_answers_sent_under_an_older_version_and_lists_the_changes()
    {
        using var response = await AfterDeploy.PostAsync("/api/answers/check", WithVersion(LaurensUnderVersion1, "1"));

        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, report.GetProperty("migration").GetArrayLength());
        Assert.DoesNotContain(report.GetProperty("errors").EnumerateObject(), error => error.Value[0].GetString()!.StartsWith("Onbekende vraag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_version_the_questionnaire_never_had_is_refused_with_400_in_Dutch()
    {
        using var response = await AfterDeploy.PostAsync("/api/answers/check", WithVersion(ExampleAnswers.Laurens, "7"));

        Assert.Equal(Messages.QuestionnaireVersionUnknownTitle, await AssertProblemAsync(response, HttpStatusCode.BadRequest));
        Assert.Contains("bekend zijn: 1, 2, test-volgend", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        AfterDeploy.Dispose();
        afterDeploy.Dispose();
        folder.Delete(recursive: true);
    }
}
