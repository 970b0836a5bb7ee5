namespace ContentLint.LanguageServer.Protocol;

/// <summary>The server's <c>experimental</c> capabilities.</summary>
internal sealed record ExperimentalCapabilities(PostStatsOptions? PostStats);
