using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Overeenkomst.Functions.Http;

/// <summary>
/// A value a request gave, or the problem details that answer the request instead: the handler's one shape for "a value
/// or a reason" between its own steps (the library's results carry <see cref="MemberNotNullWhenAttribute"/> the same way).
/// </summary>
/// <typeparam name="T">The value.</typeparam>
internal sealed class OrProblem<T>
    where T : class
{
    private OrProblem(T? value, ProblemHttpResult? problem)
    {
        Value = value;
        Problem = problem;
    }

    /// <summary>The value, when there is one.</summary>
    public T? Value { get; }

    /// <summary>The answer to give instead, when there is no value.</summary>
    public ProblemHttpResult? Problem { get; }

    /// <summary>True when there is a value (and so no problem).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static implicit operator OrProblem<T>(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static implicit operator OrProblem<T>(ProblemHttpResult problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));
}
