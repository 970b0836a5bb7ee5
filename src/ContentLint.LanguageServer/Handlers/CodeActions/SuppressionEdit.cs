using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Text;

namespace ContentLint.LanguageServer.Handlers.CodeActions;

/// <summary>
/// "Suppress on this line (with a reason)": a <c>contentlint-disable-next-line</c> comment in the
/// file's own syntax — HTML in a Markdown body, <c>#</c> in YAML (a calendar or the front matter) —
/// placed where the engine's scope rules make it cover the finding, with a reason to fill in.
/// A suppression that already covers the line gets the rule added instead.
/// </summary>
internal static class SuppressionEdit
{
    /// <summary>What the writer replaces with the reason (the README asks for one after <c>--</c>).</summary>
    public const string ReasonPlaceholder = "TODO: reason";

    public static (string Title, TextEdit Edit)? Create(FileLintResult result, Finding finding)
    {
        if (result is not { Source: { } source, Document: { } document })
        {
            return null;
        }

        var id = finding.RuleId;
        var existing = document.Suppressions.FirstOrDefault(s => s.Kind == SuppressionKind.DisableNextLine && !s.Rules.IsEmpty
            && s.Scope is { } scope && (scope.Contains(finding.Span.Start) || scope.End == finding.Span.Start));
        if (existing is not null)
        {
            return ($"Add {id} to the suppression comment above", new TextEdit(new TextSpan(existing.Rules[^1].Span.End, 0), ", " + id));
        }

        var title = $"Suppress {id} on this line (with a reason)";
        var directive = $"contentlint-disable-next-line {id} -- {ReasonPlaceholder}";
        var lines = source.Lines;
        var line = finding.Position.Start.Line;
        if (document.Kind == DocumentKind.MarkdownPost)
        {
            var closing = FrontMatterClosingLine(lines);
            if (closing < 0 || line > closing)
            {
                return (title, MarkdownEdit(source, line, closing, directive));
            }

            if (line == 0)
            {
                return null; // The opening '---': no line above it can hold a comment.
            }

            var yaml = source.Text[..lines.GetLineStart(closing)];
            return YamlEdit(source, yaml, finding.Span.Start, line, firstLine: 1, directive) is { } frontMatter ? (title, frontMatter) : null;
        }

        return YamlEdit(source, source.Text, finding.Span.Start, line, firstLine: 0, directive) is { } edit ? (title, edit) : null;
    }

    /// <summary>
    /// In a Markdown body the comment covers the line after it. At the end of the previous line when
    /// that line is text, so that no paragraph is split (which would change the post); else on a line of its own.
    /// </summary>
    private static TextEdit MarkdownEdit(SourceDocument source, int line, int closing, string directive)
    {
        var lines = source.Lines;
        if (line > 0 && line - 1 > closing && IsTextLine(lines.GetLineText(line - 1)))
        {
            return new TextEdit(new TextSpan(lines.GetLineSpan(line - 1).End, 0), $" <!-- {directive} -->");
        }

        return new TextEdit(new TextSpan(lines.GetLineStart(line), 0), $"{Indent(lines.GetLineText(line))}<!-- {directive} -->\n");
    }

    private static TextEdit? YamlEdit(SourceDocument source, string yaml, int offset, int line, int firstLine, string directive)
    {
        var lines = source.Lines;
        var nodes = YamlNodeSpans.Read(yaml);
        for (var candidate = line; candidate >= firstLine; candidate--)
        {
            var start = lines.GetLineStart(candidate);
            if (nodes.Any(n => n.IsMultiLineScalarOrFlow && n.Start < start && start < n.End))
            {
                continue; // Inside a block scalar or a quoted/flow value: a comment cannot go there.
            }

            var scopeEnd = nodes.Where(n => n.Start >= start && n.Start <= lines.GetLineSpan(candidate).End)
                .Select(n => n.End).DefaultIfEmpty(0).Max();
            scopeEnd = Math.Max(scopeEnd, lines.GetLineSpan(candidate).End);
            if (offset >= start && offset <= scopeEnd)
            {
                return new TextEdit(new TextSpan(start, 0), $"{Indent(lines.GetLineText(candidate))}# {directive}\n");
            }
        }

        return null;
    }

    /// <summary>The line of the front matter's closing <c>---</c>, or -1 when the file has no front matter.</summary>
    private static int FrontMatterClosingLine(LineMap lines)
    {
        if (lines.LineCount < 2 || lines.GetLineText(0).TrimEnd() != "---")
        {
            return -1;
        }

        for (var i = 1; i < lines.LineCount; i++)
        {
            if (lines.GetLineText(i).TrimEnd() is "---" or "...")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A line of prose: not blank, not a thread separator or rule, not a code fence.</summary>
    private static bool IsTextLine(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0
            && trimmed.Any(c => c is not ('-' or '=' or '*' or '_' or ' '))
            && !trimmed.StartsWith("```", StringComparison.Ordinal) && !trimmed.StartsWith("~~~", StringComparison.Ordinal);
    }

    private static string Indent(string line) => line[..(line.Length - line.TrimStart(' ', '\t').Length)];
}
