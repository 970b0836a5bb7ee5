namespace ContentLint.LanguageServer.Protocol;

/// <summary>Name and version of the server.</summary>
internal sealed record ServerInfo(string Name, string Version);
