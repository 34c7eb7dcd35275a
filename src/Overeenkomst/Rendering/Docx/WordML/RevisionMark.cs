using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Docx.WordML;

/// <summary>What Word records of one tracked change: inserted or deleted, its id, by whom and when (as Word writes a date).</summary>
internal readonly record struct RevisionMark(RevisionKind Kind, int Id, string Author, string Date);
