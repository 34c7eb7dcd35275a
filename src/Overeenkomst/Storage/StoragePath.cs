using System.Buffers;

namespace Overeenkomst.Storage;

/// <summary>Checks the paths handed to a store, so no path can ever point outside it (a second line behind the id checks).</summary>
public static class StoragePath
{
    /// <summary>Longer than any path of the layout.</summary>
    public const int MaxLength = 200;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_./");

    /// <summary>True for a relative path of lower-case letters, digits, '-', '_', '.' and '/' without empty, '.' or '..' segments.</summary>
    public static bool IsValid(string path, bool prefix = false)
    {
        if (string.IsNullOrEmpty(path))
        {
            return prefix && path is not null;
        }

        if (path.Length > MaxLength || path.AsSpan().ContainsAnyExcept(Allowed) || path[0] == '/')
        {
            return false;
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var segment = segments[i];
            if (segment is "." or ".." || (segment.Length == 0 && !(prefix && last)) || segment.StartsWith('.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws when <paramref name="path"/> is not <see cref="IsValid"/>.</summary>
    public static void Check(string path, bool prefix = false)
    {
        if (!IsValid(path, prefix))
        {
            throw new ArgumentException($"'{path}' is not a storage path.", nameof(path));
        }
    }
}
