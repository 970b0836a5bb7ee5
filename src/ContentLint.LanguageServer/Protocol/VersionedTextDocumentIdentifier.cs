namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>VersionedTextDocumentIdentifier</c> (and <c>OptionalVersioned…</c> when <see cref="Version"/> is null).</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);
