using System.Net;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Hosting;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Http;

/// <summary>
/// The failures no endpoint handles itself are answered by the handler's one exception handler in Dutch problem details:
/// a template that cannot be filled in is 422 saying where. (An unreachable store, 503 with Retry-After, is
/// <see cref="StorageOutageTests"/>; a version number others kept taking, 409, is an outcome: VersionNumberRaceTests.)
/// </summary>
public sealed class FailureProblemsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-failures-");

    [Fact]
    public async Task A_template_that_cannot_be_filled_in_answers_422_saying_where()
    {
        var templates = Path.Combine(folder.FullName, "overeenkomst");
        CopyFolder(RepositoryRoot.Combine("templates", "overeenkomst"), templates);
        // Parses, so the handler starts; fails when filled in, as a template naming an answer that does not exist does.
        await File.AppendAllTextAsync(Path.Combine(templates, "samenwerkingsovereenkomst.scriban"), "{{ geen_bestaand_antwoord }}\n");
        using var host = new AgreementsHost(new Dictionary<string, string>(AgreementsHost.Folder(folder.FullName)) { ["Templates:Path"] = templates });
        using var client = host.CreateClient(TestPerson.Opleider);

        using var response = await client.PostAsync("/api/render", Json(ExampleAnswers.Laurens));

        Assert.Equal(Messages.RenderFailedTitle, await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity));
        Assert.Contains("samenwerkingsovereenkomst", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories).Prepend(from))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
