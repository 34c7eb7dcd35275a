using Microsoft.Net.Http.Headers;

namespace Overeenkomst.Functions.Http;

/// <summary>Store ETags are opaque strings; on the wire they are quoted entity tags in <c>ETag</c> and <c>If-Match</c>.</summary>
internal static class ETagHeaders
{
    public static void Set(HttpResponse response, string etag) => response.Headers.ETag = Quote(etag);

    public static string Quote(string etag) => $"\"{etag}\"";

    /// <summary>The entity tag in <c>If-Match</c>, without quotes; null when there is none or it is <c>*</c> (which names no state).</summary>
    public static string? IfMatch(HttpRequest request)
    {
        var raw = request.Headers.IfMatch.ToString().Trim();
        if (raw.Length == 0)
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParseList(request.Headers.IfMatch, out var tags) && tags.Count > 0)
        {
            return tags.FirstOrDefault(tag => !tag.Equals(EntityTagHeaderValue.Any))?.Tag.Value?.Trim('"');
        }

        // Not a quoted entity tag but clearly meant as one: compare it as sent (it will simply not match if it is wrong).
        return raw == "*" ? null : raw.Trim('"');
    }
}
