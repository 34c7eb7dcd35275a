using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Docx;

/// <summary>How a Markdown list is numbered in Word: bullets, 1. 2., a. b., A. B., i. ii. or I. II.</summary>
internal readonly record struct ListKind(NumberFormatValues Format, char Delimiter)
{
    public static readonly ListKind Bullets = new(NumberFormatValues.Bullet, '\0');

    public bool IsBullet => Format == NumberFormatValues.Bullet;

    /// <summary>The kind of <paramref name="list"/> and the number its first item carries.</summary>
    public static (ListKind Kind, int Start) Of(ListBlock list)
    {
        if (!list.IsOrdered)
        {
            return (Bullets, 1);
        }

        var delimiter = list.OrderedDelimiter == ')' ? ')' : '.';
        var start = list.OrderedStart;
        return list.BulletType switch
        {
            'a' => (new(NumberFormatValues.LowerLetter, delimiter), LetterNumber(start)),
            'A' => (new(NumberFormatValues.UpperLetter, delimiter), LetterNumber(start)),
            'i' => (new(NumberFormatValues.LowerRoman, delimiter), RomanNumber(start)),
            'I' => (new(NumberFormatValues.UpperRoman, delimiter), RomanNumber(start)),
            _ => (new(NumberFormatValues.Decimal, delimiter), int.TryParse(start, out var n) ? n : 1),
        };
    }

    private static int LetterNumber(string? start) =>
        string.IsNullOrEmpty(start) ? 1 : char.ToLowerInvariant(start[0]) - 'a' + 1;

    private static int RomanNumber(string? start)
    {
        if (string.IsNullOrEmpty(start))
        {
            return 1;
        }

        int total = 0, previous = 0;
        for (var i = start.Length - 1; i >= 0; i--)
        {
            var value = char.ToLowerInvariant(start[i]) switch
            {
                'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, 'd' => 500, 'm' => 1000, _ => 0,
            };
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return Math.Max(total, 1);
    }
}
