using System.Diagnostics;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Web;

/// <summary>
/// The web app's scripts are JavaScript with JSDoc types; TypeScript's checker (typescript/tsconfig.json, installed with
/// npm ci on first use) finds no type error in any of them. A wrong property of an element or a misspelt option fails here
/// instead of in someone's browser.
/// </summary>
public sealed class ScriptTypesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_web_app_scripts_have_no_type_errors()
    {
        var folder = RepositoryRoot.Combine("tests", "Overeenkomst.Functions.Tests", "typescript");
        var tsc = await NpmInstallation.EnsureAsync(folder, "tsc", "check the types of the web app's scripts");
        var start = new ProcessStartInfo(tsc, ["-p", "tsconfig.json", "--pretty", "false"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var checker = Process.Start(start) ?? throw new InvalidOperationException("tsc did not start.");
        var output = checker.StandardOutput.ReadToEndAsync();
        var errors = checker.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        await checker.WaitForExitAsync(patience.Token);

        Assert.True(checker.ExitCode == 0, $"tsc found type errors in wwwroot/js:{Environment.NewLine}{await output}{await errors}");
    }
}
