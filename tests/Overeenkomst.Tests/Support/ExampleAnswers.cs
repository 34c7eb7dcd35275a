using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Tests.Support;

/// <summary>Variations on an example: the same answers with one answer replaced, as a person might have typed it.</summary>
public static class ExampleAnswers
{
    /// <summary>The example <paramref name="name"/> with the answer at <paramref name="path"/> ("partijen.0.naam") set to <paramref name="value"/>.</summary>
    public static Answers With(string name, string path, JsonNode? value)
    {
        var root = JsonNode.Parse(TestTemplates.ExampleJson(name))!;
        var steps = path.Split('.');
        var parent = root;
        foreach (var step in steps[..^1])
        {
            parent = int.TryParse(step, out var index) ? parent[index]! : parent[step]!;
        }

        if (int.TryParse(steps[^1], out var last))
        {
            parent[last] = value;
        }
        else
        {
            parent[steps[^1]] = value;
        }

        return Answers.Parse(root.ToJsonString()).Answers ?? throw new InvalidOperationException("Answers do not parse.");
    }
}
