namespace ContentLint.LanguageServer.Protocol;

/// <summary>Options of a dynamic <c>workspace/didChangeWatchedFiles</c> registration.</summary>
internal sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);
