namespace Overeenkomst.Rendering;

/// <summary>A template could not be filled in with these answers; the message says where and why, in Dutch.</summary>
public sealed class AgreementRenderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AgreementRenderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public AgreementRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public AgreementRenderException()
    {
    }
}
