namespace ContentLint.Core.Configuration.Cascade;

/// <summary>Joins a folder and a path or glob written relative to it, in the forward-slash form globs use.</summary>
internal static class RelativePath
{
    /// <summary>
    /// <paramref name="value"/> (relative to <paramref name="folder"/>) made relative to the folder that
    /// <paramref name="folder"/> is relative to: <c>sub</c> + <c>drafts/**</c> → <c>sub/drafts/**</c>, <c>sub</c> + <c>../x</c> → <c>x</c>.
    /// </summary>
    public static string Join(string folder, string value)
    {
        var segments = folder.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToList();
        var rest = value.Replace('\\', '/').TrimStart('/');
        while (true)
        {
            if (rest.StartsWith("./", StringComparison.Ordinal))
            {
                rest = rest[2..];
            }
            else if (rest.StartsWith("../", StringComparison.Ordinal) && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                rest = rest[3..];
            }
            else
            {
                break;
            }
        }

        return string.Join('/', segments.Append(rest).Where(s => s.Length > 0));
    }
}
