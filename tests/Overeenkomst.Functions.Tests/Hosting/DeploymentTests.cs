using System.Text.RegularExpressions;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>The README's deployment section and .azure/main.bicep describe the same app settings.</summary>
public sealed partial class DeploymentTests
{
    [Fact]
    public void The_README_explains_every_app_setting_the_Bicep_file_sets_and_no_other()
    {
        var bicep = File.ReadAllText(RepositoryRoot.Combine(".azure", "main.bicep"));
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var settingsTable = readme[readme.IndexOf("### App settings", StringComparison.Ordinal)..];
        settingsTable = settingsTable[..settingsTable.IndexOf("\n###", StringComparison.Ordinal)];

        var inBicep = AppSetting().Matches(bicep).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        // Settings the README explains as deliberately left unset are not in the Bicep file.
        var inReadme = TableRow().Matches(settingsTable).Where(m => !m.Value.Contains("not set", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(inBicep);
        Assert.Equal(inBicep.Order(StringComparer.Ordinal), inReadme.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\{ name: '([A-Za-z0-9_]+)', value:")]
    private static partial Regex AppSetting();

    [GeneratedRegex(@"^\| `([A-Za-z0-9_]+)` \|.*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
