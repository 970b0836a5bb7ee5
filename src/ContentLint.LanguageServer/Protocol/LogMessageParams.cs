namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>window/logMessage</c> parameters (type: 1 error, 2 warning, 3 info, 4 log).</summary>
internal sealed record LogMessageParams(int Type, string Message);
