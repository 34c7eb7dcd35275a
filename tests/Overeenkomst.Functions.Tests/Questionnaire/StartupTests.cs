using Overeenkomst.Functions.Tests.Hosting;

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
            await using var handler = HandlerProcess.StartBuilt(new Dictionary<string, string> { ["Questionnaire__Path"] = definition });

            Assert.Equal(1, await handler.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            var error = string.Join('\n', handler.StandardError);
            Assert.Contains("De definitie van de vragenlijst bevat fouten", error, StringComparison.Ordinal);
            Assert.Contains("naam: het type 'tekstje' bestaat niet", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(definition);
        }
    }
}
