namespace Overeenkomst.Rendering.Templates;

/// <summary>The agreement templates cannot be used; the message lists every problem as <c>file(line,column): message</c>.</summary>
public sealed class TemplateSetException : Exception
{
    /// <summary>Creates the exception for the listed problems.</summary>
    public TemplateSetException(IReadOnlyList<string> problems)
        : base(Messages.TemplatesInvalid(problems)) => Problems = problems;

    /// <summary>Creates the exception with a single message.</summary>
    public TemplateSetException(string message)
        : base(message) => Problems = [message];

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public TemplateSetException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Each problem with its location.</summary>
    public IReadOnlyList<string> Problems { get; }
}
