namespace Overeenkomst.Quality;

/// <summary>
/// Which of a pair of learning paths take part — BOL and voltijd hbo (not employed), or BBL and duaal hbo (employed) —
/// and whether what the research advises for them is arranged.
/// </summary>
/// <param name="Mbo">The mbo path takes part (BOL, or BBL).</param>
/// <param name="Hbo">The hbo path takes part (voltijd, or duaal).</param>
/// <param name="Arranged">Supernumerary status, or learning and innovation time, is arranged.</param>
internal readonly record struct PathsTakingPart(bool Mbo, bool Hbo, bool Arranged);
