using ContentLint.Core.Documents;
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
        var problems = new List<string>();
        foreach (var change in changes)
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
