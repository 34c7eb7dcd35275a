namespace Overeenkomst.Questionnaire.Definition;

/// <summary>The questionnaire definition cannot be used; the message lists every problem with the question it concerns.</summary>
public sealed class QuestionnaireDefinitionException : Exception
{
    /// <summary>Creates the exception for the listed problems.</summary>
    public QuestionnaireDefinitionException(IReadOnlyList<string> problems)
        : base(Messages.QuestionnaireInvalid(problems)) => Problems = problems;

    /// <summary>Creates the exception with a single message.</summary>
    public QuestionnaireDefinitionException(string message)
        : base(message) => Problems = [message];

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public QuestionnaireDefinitionException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Creates the exception without a message.</summary>
    public QuestionnaireDefinitionException()
        : this(Messages.QuestionnaireInvalid([]))
    {
    }

    /// <summary>Each problem, naming the question.</summary>
    public IReadOnlyList<string> Problems { get; }
}
