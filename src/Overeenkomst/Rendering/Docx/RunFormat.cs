namespace Overeenkomst.Rendering.Docx;

/// <summary>The direct formatting a run can carry.</summary>
[Flags]
internal enum RunFormat
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}
