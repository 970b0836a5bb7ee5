namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>$/setTrace</c> parameters: off, messages or verbose.</summary>
internal sealed record SetTraceParams(string Value);
