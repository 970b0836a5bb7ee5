namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>Diagnostic</c> (severity: 1 error, 2 warning, 3 information, 4 hint).</summary>
internal sealed record LspDiagnostic(LspRange Range, int Severity, string Code, string Message)
{
    public string Source { get; init; } = "contentlint";

    public CodeDescription? CodeDescription { get; init; }
}
