namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>contentlint/checkWorkspace</c> parameters: the folders (URIs) to check; the workspace folders of <c>initialize</c> when absent.</summary>
internal sealed record CheckWorkspaceParams(IReadOnlyList<string>? Folders);
