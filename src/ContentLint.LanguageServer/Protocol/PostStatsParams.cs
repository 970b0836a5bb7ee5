namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>contentlint/postStats</c> notification: every post text of a document at a version.</summary>
internal sealed record PostStatsParams(string Uri, int Version, IReadOnlyList<PostStat> Posts);
