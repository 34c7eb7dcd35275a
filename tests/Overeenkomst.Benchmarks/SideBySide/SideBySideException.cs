namespace Overeenkomst.Benchmarks.SideBySide;

/// <summary>A build cannot be driven (a type or member the run needs is missing or different), or an example does not render.</summary>
public sealed class SideBySideException : Exception
{
    public SideBySideException()
    {
    }

    public SideBySideException(string message)
        : base(message)
    {
    }

    public SideBySideException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
