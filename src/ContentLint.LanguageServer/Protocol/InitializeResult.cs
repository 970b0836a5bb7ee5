namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>initialize</c> result.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
