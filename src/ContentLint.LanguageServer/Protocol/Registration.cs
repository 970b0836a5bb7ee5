namespace ContentLint.LanguageServer.Protocol;

/// <summary>One dynamic registration.</summary>
internal sealed record Registration(string Id, string Method, object? RegisterOptions);
