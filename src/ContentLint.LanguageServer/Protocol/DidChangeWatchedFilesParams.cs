namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>workspace/didChangeWatchedFiles</c> parameters.</summary>
internal sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);
