namespace ContentLint.LanguageServer.Protocol;

/// <summary>Whether the client accepts a refresh request from the server.</summary>
internal sealed record RefreshCapability(bool? RefreshSupport);
