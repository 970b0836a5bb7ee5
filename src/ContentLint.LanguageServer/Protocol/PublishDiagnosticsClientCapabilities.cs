namespace ContentLint.LanguageServer.Protocol;

/// <summary>Whether the client reads the version of published diagnostics.</summary>
internal sealed record PublishDiagnosticsClientCapabilities(bool? VersionSupport);
