namespace ContentLint.LanguageServer.Protocol;

/// <summary>A glob the client watches for <c>workspace/didChangeWatchedFiles</c>.</summary>
internal sealed record FileSystemWatcher(string GlobPattern);
