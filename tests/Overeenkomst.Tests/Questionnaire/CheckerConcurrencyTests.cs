using System.Collections.Concurrent;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Questionnaire;

public class CheckerConcurrencyTests
{
    [Fact]
    public void Checker_SharedByManyRequestsAtOnce_GivesTheSameResultAsOneByOne()
    {
        var names = TestTemplates.ExampleNames.ToList();
        var expected = names.ToDictionary(n => n, n => Summary(n));
        var results = new ConcurrentBag<(string Name, string Summary)>();

        Parallel.For(0, 240, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var name = names[i % names.Count];
            results.Add((name, Summary(name)));
        });

        Assert.All(results, r => Assert.Equal(expected[r.Name], r.Summary));
    }

    private static string Summary(string name)
    {
        var result = TestQuestionnaire.Checker.Check(TestTemplates.Example(name));
        return string.Join("|", result.Validation.VisibleQuestionIds) + "#" + string.Join("|", result.Findings.Select(f => f.RuleId + f.Outcome + f.Explanation));
    }
}
