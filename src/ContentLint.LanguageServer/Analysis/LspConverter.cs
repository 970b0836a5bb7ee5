using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>Engine values → protocol values. Positions are already UTF-16 on both sides: only the shape changes.</summary>
internal static class LspConverter
{
    public static Position ToPosition(LinePosition position) => new(position.Line, position.Character);

    public static LspRange ToRange(LinePositionSpan span) => new(ToPosition(span.Start), ToPosition(span.End));

    public static LspRange ToRange(LineMap lines, TextSpan span) => ToRange(lines.GetPositionSpan(span));

    public static LinePosition ToLinePosition(Position position) => new(position.Line, position.Character);

    public static int ToOffset(LineMap lines, Position position) => lines.GetOffset(ToLinePosition(position));

    public static int ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        Severity.Info => 3,
        _ => 4,
    };

    /// <summary>A finding as an LSP diagnostic, its message in <paramref name="locale"/>.</summary>
    public static LspDiagnostic ToDiagnostic(Finding finding, string locale) =>
        new(ToRange(finding.Position), ToSeverity(finding.Severity), finding.RuleId, finding.MessageIn(locale))
        {
            CodeDescription = new CodeDescription(finding.Rule.HelpUri.AbsoluteUri),
        };

    /// <summary>An engine edit as an LSP edit; line breaks take the document's line ending, as <c>--fix</c> does.</summary>
    public static LspTextEdit ToEdit(SourceDocument source, TextEdit edit) =>
        new(ToRange(source.Lines, edit.Span), source.LineEnding == "\n" ? edit.NewText : edit.NewText.ReplaceLineEndings(source.LineEnding));

    /// <summary>True when two ranges share a position (an empty range touching the other counts, as editors expect for a cursor).</summary>
    public static bool Intersects(LinePositionSpan a, LspRange b)
    {
        var start = ToLinePosition(b.Start);
        var end = ToLinePosition(b.End);
        return a.Start.CompareTo(end) <= 0 && start.CompareTo(a.End) <= 0;
    }
}
