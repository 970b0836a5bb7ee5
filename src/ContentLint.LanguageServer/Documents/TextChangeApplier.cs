using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Documents;

/// <summary>
/// Applies <c>didChange</c> content changes in order. Positions are UTF-16; a position past a line's
/// end or past the last line is clamped (what the specification says for characters, extended to
/// lines), and reported so that a desynchronised client shows up in the log.
/// </summary>
internal static class TextChangeApplier
{
    /// <summary>The text after <paramref name="changes"/>, and a description of each clamped range (empty when all were valid).</summary>
    public static (string Text, IReadOnlyList<string> Problems) Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var list = changes as IReadOnlyList<TextDocumentContentChangeEvent> ?? [.. changes];
        if (list.Count > 1 && TryApplyFromTheEnd(text, list) is { } applied)
        {
            return (applied, []);
        }

        var problems = new List<string>();
        foreach (var change in list)
        {
            if (change.Range is null)
            {
                text = change.Text ?? string.Empty;
                continue;
            }

            var lines = new LineMap(text);
            var start = Offset(lines, change.Range.Start, problems);
            var end = Offset(lines, change.Range.End, problems);
            if (end < start)
            {
                problems.Add($"range end {Describe(change.Range.End)} is before its start {Describe(change.Range.Start)}");
                (start, end) = (end, start);
            }

            text = string.Concat(text.AsSpan(0, start), change.Text ?? string.Empty, text.AsSpan(end));
        }

        return (text, problems);
    }

    /// <summary>
    /// Changes that each end before the previous one starts (how editors send a multi-cursor edit or a
    /// replace-all) all hold positions of the original text: applied in one pass, where applying them
    /// one by one rebuilds a huge document once per change. Null when they are not so (or a range is invalid).
    /// </summary>
    private static string? TryApplyFromTheEnd(string text, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var lines = new LineMap(text);
        var problems = new List<string>();
        var edits = new (int Start, int End, string Text)[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes[i].Range is not { } range)
            {
                return null;
            }

            var (start, end) = (Offset(lines, range.Start, problems), Offset(lines, range.End, problems));
            if (problems.Count > 0 || end < start || (i > 0 && end > edits[i - 1].Start))
            {
                return null;
            }

            edits[i] = (start, end, changes[i].Text ?? string.Empty);
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        for (var i = edits.Length - 1; i >= 0; i--)
        {
            result.Append(text, at, edits[i].Start - at).Append(edits[i].Text);
            at = edits[i].End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private static int Offset(LineMap lines, Position? position, List<string> problems)
    {
        if (position is null)
        {
            problems.Add("a range without a position");
            return 0;
        }

        if (position.Line < 0 || position.Character < 0 || position.Line >= lines.LineCount
            || position.Character > lines.GetLineSpan(position.Line).Length)
        {
            problems.Add($"position {Describe(position)} is outside the document ({lines.LineCount} lines)");
        }

        return lines.GetOffset(new LinePosition(position.Line, position.Character));
    }

    private static string Describe(Position position) => $"{position.Line}:{position.Character}";
}
