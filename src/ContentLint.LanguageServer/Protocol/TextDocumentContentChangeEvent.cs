namespace ContentLint.LanguageServer.Protocol;

/// <summary>An incremental change (<see cref="Range"/> set) or the whole new text (no range).</summary>
internal sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);
