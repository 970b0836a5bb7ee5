namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>contentlint/postStats</c> notification: every post text of a document at a version.</summary>
/// <param name="ConfigPath">The nearest <c>contentlint.yaml</c> found walking up from the document, or null (left out) when the defaults apply.</param>
internal sealed record PostStatsParams(string Uri, int Version, IReadOnlyList<PostStat> Posts, string? ConfigPath);
