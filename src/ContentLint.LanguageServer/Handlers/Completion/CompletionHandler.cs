using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Completion;

/// <summary>
/// Completion in a Markdown post's front matter and in a calendar: field names (and <c>defaults</c>/<c>posts</c>
/// at a calendar's top level), channel names for <c>channel</c>, <c>channels</c> and <c>variants:</c> keys
/// (from the configuration's channel catalog), <c>type</c> and <c>thread</c> values, the configured personas
/// and the languages of the configuration and common tags. Nothing inside post text (a Markdown body, a
/// block scalar, a thread item, the next lines of a multi-line scalar): what the writer types there is theirs.
/// </summary>
internal sealed class CompletionHandler(ServerLifecycle lifecycle, DocumentStore documents, AnalysisCache cache, LinterProvider linters) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { CompletionProvider = new CompletionOptions([":", " ", "[", ",", "-"]) };

    [JsonRpcMethod(LspMethods.Completion)]
    public CompletionList Completion(TextDocumentPositionParams parameters)
    {
        lifecycle.EnsureRunning();
        var snapshot = RequestDocuments.Get(documents, parameters?.TextDocument);
        var position = RequestPositions.Get(parameters!.Position);
        var lines = snapshot.Lines;
        if (PostDocumentParser.KindOf(snapshot.Path) is not { } kind || position.Line >= lines.LineCount)
        {
            return new CompletionList(false, []);
        }

        if (kind == DocumentKind.MarkdownPost && !IsInFrontMatter(lines, position.Line))
        {
            return new CompletionList(false, []);
        }

        var text = lines.GetLineText(position.Line);
        var prefix = text[..Math.Clamp(position.Character, 0, text.Length)];
        if (ScalarContinuation.IsInside(snapshot.Text, lines, position.Line, Indent(text, prefix), kind == DocumentKind.MarkdownPost ? 1 : 0))
        {
            return new CompletionList(false, []);
        }

        var workspace = cache.Get(snapshot.Uri)?.Workspace ?? linters.GetLinter(snapshot.Path);
        var used = UsedValues.From(documents, cache);
        var items = PostFieldCompletion.Complete(prefix, ParentKey(lines, position.Line, prefix), kind, workspace.Configured, used);
        return new CompletionList(false, items);
    }

    /// <summary>The line's indentation; on a blank line, the cursor's column (where the next node would start).</summary>
    private static int Indent(string line, string prefix) =>
        string.IsNullOrWhiteSpace(line) ? prefix.Length : line.Length - line.TrimStart(' ').Length;

    /// <summary>Between the opening <c>---</c> and the closing one (or the end while it is not written yet).</summary>
    private static bool IsInFrontMatter(LineMap lines, int line)
    {
        if (line == 0 || lines.GetLineText(0).TrimEnd() != "---")
        {
            return false;
        }

        for (var i = 1; i < line; i++)
        {
            if (lines.GetLineText(i).TrimEnd() is "---" or "...")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key of the nearest line above that is less indented (<c>variants</c>, <c>channels</c>, <c>posts</c>…), or null.</summary>
    private static string? ParentKey(LineMap lines, int line, string prefix)
    {
        var indent = prefix.Length - prefix.TrimStart().Length;
        for (var i = line - 1; i >= 0; i--)
        {
            var text = lines.GetLineText(i);
            var trimmed = text.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (text.Length - trimmed.Length < indent)
            {
                var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
                return colon > 0 ? trimmed[..colon].TrimStart('-', ' ') : null;
            }
        }

        return null;
    }
}
