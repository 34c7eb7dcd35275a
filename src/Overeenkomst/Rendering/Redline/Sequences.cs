using DiffPlex;
using DiffPlex.Model;

namespace Overeenkomst.Rendering.Redline;

/// <summary>The longest common subsequence of two sequences of keys (DiffPlex, Myers' algorithm): where they differ.</summary>
internal static class Sequences
{
    /// <summary>The runs where <paramref name="older"/> and <paramref name="newer"/> differ, in order; between them the keys are equal.</summary>
    public static IList<DiffBlock> Diff(string[] older, string[] newer)
    {
        // DiffPlex chunks text itself; ours is already in pieces, so the chunker hands them over as they are.
        var chunker = new Prepared(older, newer);
        return Differ.Instance.CreateDiffs(Prepared.Older, Prepared.Newer, ignoreWhiteSpace: false, ignoreCase: false, chunker).DiffBlocks;
    }

    private sealed class Prepared(string[] older, string[] newer) : IChunker
    {
        public const string Older = "a";
        public const string Newer = "b";

        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, Older) ? older : newer;
    }
}
