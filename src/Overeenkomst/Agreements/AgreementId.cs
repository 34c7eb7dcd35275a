using System.Diagnostics.CodeAnalysis;

namespace Overeenkomst.Agreements;

/// <summary>An agreement's id: 32 lower-case hex digits (a GUID in "N" form), made here and accepted in no other shape.</summary>
/// <remarks>The strict shape is what keeps a request from naming another path: no '/', no '.', nothing percent-encoded, nothing long.</remarks>
public readonly record struct AgreementId
{
    private const int Length = 32;

    private AgreementId(string value) => Value = value;

    /// <summary>The id as text.</summary>
    public string Value { get; }

    /// <summary>A new, random id.</summary>
    public static AgreementId New() => new(Guid.NewGuid().ToString("N"));

    /// <summary>Reads an id; false for anything that is not exactly 32 lower-case hex digits.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out AgreementId id)
    {
        id = default;
        if (text is not { Length: Length } || !text.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        id = new AgreementId(text);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
