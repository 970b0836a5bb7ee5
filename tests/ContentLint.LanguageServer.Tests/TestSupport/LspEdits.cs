using System.Text.Json;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Text;
using ContentLint.Pack;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>Applies a code action's edits to a text the way an editor does, and re-checks the result.</summary>
internal static class LspEdits
{
    public static string Apply(string text, JsonElement action, string uri)
    {
        var edit = action.GetProperty("edit");
        var edits = edit.TryGetProperty("documentChanges", out var changes)
            ? changes[0].GetProperty("edits")
            : edit.GetProperty("changes").GetProperty(uri);
        var lines = new LineMap(text);
        var spans = edits.EnumerateArray().Select(e => (
            Start: lines.GetOffset(Position(e.GetProperty("range").GetProperty("start"))),
            End: lines.GetOffset(Position(e.GetProperty("range").GetProperty("end"))),
            Text: e.GetProperty("newText").GetString()!)).OrderByDescending(e => e.Start).ToList();
        foreach (var (start, end, newText) in spans)
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }

    public static string[] Lint(string path, string text) =>
        [.. new Linter(LintConfiguration.CreateDefault("/ws"), BuiltInRules.Shipped).Lint(new SourceDocument(path, text)).Findings.Select(f => f.RuleId)];

    private static LinePosition Position(JsonElement position) => new(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());
}
