namespace ContentLint.LanguageServer.Protocol;

/// <summary>Whether the client accepts versioned <c>documentChanges</c>.</summary>
internal sealed record WorkspaceEditClientCapabilities(bool? DocumentChanges);
