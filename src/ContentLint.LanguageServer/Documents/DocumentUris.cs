namespace ContentLint.LanguageServer.Documents;

/// <summary>Converts between LSP document URIs and local paths.</summary>
internal static class DocumentUris
{
    /// <summary>The local path of a <c>file:</c> URI; other URIs (untitled:, …) are returned as they are.</summary>
    public static string ToPath(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;

    /// <summary>The <c>file:</c> URI of a local path.</summary>
    public static string FromPath(string path) => new System.Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Two URIs name the same file (clients differ in escaping, e.g. <c>%3A</c> for a drive colon).</summary>
    public static bool SameFile(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || string.Equals(ToPath(a), ToPath(b), StringComparison.Ordinal);
}
