using System.Diagnostics;

namespace Overeenkomst.Functions.Tests.Questionnaire;

/// <summary>The handler refuses to start on a broken questionnaire definition, and says why.</summary>
public class StartupTests
{
    [Fact]
    public async Task Handler_WithABrokenQuestionnaireDefinition_StopsWithAClearMessage()
    {
        var definition = Path.Combine(Path.GetTempPath(), $"vragenlijst-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(definition, """
            { "secties": [ { "id": "s", "titel": "S", "punten": [1,2,3,4,5,6,7,8,9,10,11,12,13,14], "vragen": [
              { "id": "naam", "type": "tekstje", "label": "Naam", "hulp": "Waarom." } ] } ] }
            """);
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Overeenkomst.Functions.dll")])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.Environment["Questionnaire__Path"] = definition;
            start.Environment["urls"] = "http://127.0.0.1:0";
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            finally
            {
                // A handler that wrongly starts would listen forever: stop the one this test started.
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            Assert.Equal(1, process.ExitCode);
            Assert.Contains("De definitie van de vragenlijst bevat fouten", await error, StringComparison.Ordinal);
            Assert.Contains("naam: het type 'tekstje' bestaat niet", await error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(definition);
        }
    }
}
