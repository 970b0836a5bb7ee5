namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>CompletionItem</c> (kind: 5 field, 10 property, 12 value, 14 keyword, 20 enum member).</summary>
internal sealed record CompletionItem(string Label, int Kind)
{
    public string? Detail { get; init; }

    public string? InsertText { get; init; }

    public string? SortText { get; init; }
}
