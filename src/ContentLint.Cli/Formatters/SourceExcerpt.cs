using System.Globalization;
using System.Text;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using Wcwidth;

namespace ContentLint.Cli.Formatters;

/// <summary>Writes the source line of a finding with carets under its span, aligned for tabs, emoji and wide characters.</summary>
internal static class SourceExcerpt
{
    private const int MaxWidth = 120;

    public static void Write(TextWriter writer, SourceDocument source, Finding finding, Ansi ansi)
    {
        var lines = source.Lines;
        var start = finding.Position.Start;
        if (start.Line >= lines.LineCount)
        {
            return;
        }

        var lineText = lines.GetLineText(start.Line);
        var from = Math.Min(start.Character, lineText.Length);
        var to = finding.Position.End.Line == start.Line ? Math.Min(finding.Position.End.Character, lineText.Length) : lineText.Length;
        var (windowStart, windowEnd) = Window(lineText, from, to);
        var visible = lineText[windowStart..windowEnd];
        var prefix = windowStart > 0 ? "…" : string.Empty;
        var suffix = windowEnd < lineText.Length ? "…" : string.Empty;

        var number = start.OneBasedLine.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        writer.WriteLine($" {ansi.Dim(number + " |")} {prefix}{Printable.Escape(visible)}{suffix}");
        var pad = new StringBuilder(prefix.Length > 0 ? " " : string.Empty);
        AppendBlank(pad, lineText.AsSpan(windowStart, from - windowStart));
        var carets = Math.Max(1, Width(lineText.AsSpan(from, Math.Max(0, Math.Min(to, windowEnd) - from))));
        writer.WriteLine($" {ansi.Dim(gutter + " |")} {pad}{ansi.Colour(finding.Severity, new string('^', carets))}");
    }

    private static (int Start, int End) Window(string line, int from, int to)
    {
        if (line.Length <= MaxWidth)
        {
            return (0, line.Length);
        }

        var start = Math.Max(0, from - 40);
        while (start > 0 && char.IsLowSurrogate(line[start]))
        {
            start--;
        }

        var end = Math.Min(line.Length, start + MaxWidth + Math.Max(0, to - from));
        while (end < line.Length && char.IsLowSurrogate(line[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Blanks as wide as <paramref name="text"/>; tabs stay tabs so the terminal aligns them the same way.</summary>
    private static void AppendBlank(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\t')
            {
                builder.Append('\t');
            }
            else
            {
                builder.Append(' ', ColumnsOf(rune));
            }
        }
    }

    private static int Width(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += rune.Value == '\t' ? 4 : ColumnsOf(rune);
        }

        return width;
    }

    /// <summary>Columns a character takes once printed: its escape's length when <see cref="Printable"/> escapes it.</summary>
    private static int ColumnsOf(Rune rune) =>
        rune.IsBmp && Printable.EscapeOf((char)rune.Value) is { } escape ? escape.Length : Math.Max(0, UnicodeCalculator.GetWidth(rune));
}
