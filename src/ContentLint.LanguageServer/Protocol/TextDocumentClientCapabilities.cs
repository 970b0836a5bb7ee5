namespace ContentLint.LanguageServer.Protocol;

/// <summary>The client's <c>textDocument</c> capabilities (the subset read; a present <see cref="Diagnostic"/> means pull diagnostics).</summary>
internal sealed record TextDocumentClientCapabilities
{
    public DynamicRegistrationCapability? Diagnostic { get; init; }

    public PublishDiagnosticsClientCapabilities? PublishDiagnostics { get; init; }
}
