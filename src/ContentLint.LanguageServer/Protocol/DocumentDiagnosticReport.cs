namespace ContentLint.LanguageServer.Protocol;

/// <summary>A full report (<c>kind: "full"</c>, with items) or <c>"unchanged"</c> (no items).</summary>
internal sealed record DocumentDiagnosticReport(string Kind, string ResultId, IReadOnlyList<LspDiagnostic>? Items)
{
    public static DocumentDiagnosticReport Full(string resultId, IReadOnlyList<LspDiagnostic> items) => new("full", resultId, items);

    public static DocumentDiagnosticReport Unchanged(string resultId) => new("unchanged", resultId, null);
}
