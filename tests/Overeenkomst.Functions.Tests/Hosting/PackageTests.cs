using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>The zip an operator deploys: its layout, and the handler in it started exactly as the Functions host would.</summary>
[Collection(PackageBuild.Name)]
public sealed class PackageTests(PackageFixture package)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_zip_holds_host_json_and_the_function_folders_at_its_root_and_the_handler_with_its_templates()
    {
        await using var zip = await ZipFile.OpenReadAsync(package.Zip);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("host.json", entries);
        Assert.All(FunctionDefinition.Names, name => Assert.Contains($"{name}/function.json", entries));
        Assert.Contains("handler/Overeenkomst.Functions", entries);
        Assert.Contains("handler/templates/overeenkomst/samenwerkingsovereenkomst.scriban", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("functions/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_packaged_handler_started_as_the_host_starts_it_answers_health_and_renders_an_agreement()
    {
        var (executable, workingDirectory) = HandlerAsHostJsonDescribesIt();
        await using var handler = HandlerProcess.Start(executable, workingDirectory);
        using var client = new HttpClient { Timeout = StartTimeout };
        await handler.WaitUntilHealthyAsync(client, StartTimeout);

        using var answers = new StreamContent(File.OpenRead(RepositoryRoot.Combine("templates", "examples", "laurens-albeda.json")));
        answers.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(new Uri(handler.BaseAddress, "/api/render"), answers);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}{Environment.NewLine}{handler.Describe()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var docx = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), docx[..2]);
    }

    /// <summary>The executable and working directory host.json names, resolved against the app root as the host does.</summary>
    private (string Executable, string WorkingDirectory) HandlerAsHostJsonDescribesIt()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(package.AppRoot, "host.json")));
        var description = host.RootElement.GetProperty("customHandler").GetProperty("description");
        return (Path.Combine(package.AppRoot, description.GetProperty("defaultExecutablePath").GetString()!),
            Path.Combine(package.AppRoot, description.GetProperty("workingDirectory").GetString()!));
    }
}
