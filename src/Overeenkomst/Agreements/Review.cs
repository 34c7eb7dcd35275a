namespace Overeenkomst.Agreements;

/// <summary>One thing a care organisation said about a version: a comment, a request for changes, or an approval.</summary>
/// <param name="Version">The version it is about.</param>
/// <param name="Article">The article or member it is about ("Artikel 5", "5.2"), if any.</param>
/// <param name="Kind">opmerking, wijziging_gevraagd or goedkeuring (<see cref="ReviewKinds"/>).</param>
/// <param name="Text">What they wrote; for a request for changes, the reason.</param>
/// <param name="By">Their e-mail.</param>
/// <param name="Name">Their name.</param>
/// <param name="Organisation">The organisation they reviewed for, from the participants list.</param>
/// <param name="At">When.</param>
public sealed record Review(int Version, string? Article, string Kind, string Text, string By, string Name, string Organisation, DateTimeOffset At);

/// <summary>The kinds of review, as the API and the stored reviews name them.</summary>
public static class ReviewKinds
{
    /// <summary>A comment: changes nothing in the lifecycle.</summary>
    public const string Opmerking = "opmerking";

    /// <summary>A request for changes, with a reason: the agreement goes back to concept.</summary>
    public const string WijzigingGevraagd = "wijziging_gevraagd";

    /// <summary>An approval of the submitted version by the reviewer's organisation.</summary>
    public const string Goedkeuring = "goedkeuring";

    /// <summary>True for one of the three kinds.</summary>
    public static bool IsKnown(string? kind) => kind is Opmerking or WijzigingGevraagd or Goedkeuring;
}
