using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Channels;

/// <summary>The edits that split a Markdown post into thread parts: <c>---</c> lines between the parts and <c>thread: true</c> in the front matter.</summary>
internal static class MarkdownThreadEdits
{
    /// <summary>Edits replacing the white space between parts by <c>---</c> lines; null if a gap holds markup.</summary>
    public static List<TextEdit>? Separators(SourceDocument source, MappedText text, IReadOnlyList<TextSpan> parts, bool numbered)
    {
        var edits = new List<TextEdit>();
        for (var k = 0; k + 1 < parts.Count; k++)
        {
            var gap = TextSpan.FromBounds(parts[k].End, parts[k + 1].Start);
            if (!text.Map.TryMapEditSpan(gap, out var span) || span.IsEmpty || !source.Text.AsSpan(span.Start, span.Length).IsWhiteSpace())
            {
                return null;
            }

            var number = numbered ? ThreadSplitter.NumberSuffix(k + 1, parts.Count) : string.Empty;
            edits.Add(new TextEdit(span, number + "\n---\n"));
        }

        if (numbered && text.Map.TryMapEditSpan(new TextSpan(parts[^1].End, 0), out var end))
        {
            edits.Add(new TextEdit(end, ThreadSplitter.NumberSuffix(parts.Count, parts.Count)));
        }

        return edits;
    }

    /// <summary><c>thread: true</c> in the front matter: the existing field's value, or a new line after the last field.</summary>
    public static TextEdit? ThreadFlag(SourceDocument source, Post post)
    {
        if (post.Fields.TryGetValue("thread", out var thread))
        {
            return new TextEdit(thread.ValueSpan, "true");
        }

        if (post.Fields.IsEmpty)
        {
            return null;
        }

        var lastLine = source.Lines.GetPosition(post.Fields.Values.Max(f => f.ValueSpan.End)).Line;
        var at = source.Lines.GetLineSpanIncludingBreak(lastLine).End;
        var needsBreak = at == source.Lines.GetLineSpan(lastLine).End;
        return new TextEdit(new TextSpan(at, 0), (needsBreak ? "\n" : string.Empty) + "thread: true\n");
    }
}
