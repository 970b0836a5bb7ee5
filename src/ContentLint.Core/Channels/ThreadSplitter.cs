using System.Globalization;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Channels;

/// <summary>
/// Splits an over-long text into thread parts that each fit the limit: at sentence boundaries first,
/// then, for a sentence longer than a part, at spaces. Words are never cut; the parts, joined by the
/// white space between them, are the text.
/// </summary>
public static class ThreadSplitter
{
    /// <summary>The parts (spans of <paramref name="text"/>, trimmed), or null when one word alone is over the limit.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="counter">The channel's counting method.</param>
    /// <param name="limit">The limit each part (with its number, if any) must fit.</param>
    /// <param name="numbered">Append <c> 1/3</c> to each part, counted within the limit.</param>
    public static IReadOnlyList<TextSpan>? Split(string text, ITextCounter counter, int limit, bool numbered)
    {
        var units = SentenceUnits(text);
        var total = 1;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var suffix = numbered ? NumberSuffix(total, total) : string.Empty;
            var parts = Pack(text, units, counter, limit, suffix, splitLongUnits: true);
            if (parts is null || !numbered || parts.Count == total)
            {
                return parts;
            }

            total = parts.Count;
        }

        return null;
    }

    /// <summary>The number appended to part <paramref name="index"/> (1-based) of <paramref name="count"/>.</summary>
    public static string NumberSuffix(int index, int count) =>
        string.Create(CultureInfo.InvariantCulture, $" {index}/{count}");

    private static List<TextSpan>? Pack(string text, List<TextSpan> units, ITextCounter counter, int limit, string suffix, bool splitLongUnits)
    {
        var parts = new List<TextSpan>();
        var start = -1;
        var end = -1;
        foreach (var unit in units)
        {
            if (start >= 0 && Fits(text, TextSpan.FromBounds(start, unit.End), counter, limit, suffix))
            {
                end = unit.End;
                continue;
            }

            if (start >= 0)
            {
                parts.Add(TextSpan.FromBounds(start, end));
            }

            if (Fits(text, unit, counter, limit, suffix))
            {
                (start, end) = (unit.Start, unit.End);
                continue;
            }

            // A sentence longer than a part: pack its words the same way (a word longer than a part: no split).
            var words = splitLongUnits ? Pack(text, Words(text, unit), counter, limit, suffix, splitLongUnits: false) : null;
            if (words is null || words.Count == 0 || words.Any(w => !Fits(text, w, counter, limit, suffix)))
            {
                return null;
            }

            parts.AddRange(words.Take(words.Count - 1));
            (start, end) = (words[^1].Start, words[^1].End);
        }

        if (start >= 0)
        {
            parts.Add(TextSpan.FromBounds(start, end));
        }

        return parts;
    }

    private static bool Fits(string text, TextSpan span, ITextCounter counter, int limit, string suffix) =>
        counter.Count(string.Concat(text.AsSpan(span.Start, span.Length), suffix)).Count <= limit;

    /// <summary>Sentences (and lines) without the white space around them.</summary>
    private static List<TextSpan> SentenceUnits(string text)
    {
        var units = new List<TextSpan>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            var endsSentence = c is '\n' or '\r'
                || (c is '.' or '!' or '?' or '…' && i + 1 < text.Length && NextIsBoundary(text, i + 1));
            if (!endsSentence)
            {
                continue;
            }

            var end = c is '\n' or '\r' ? i : ClosingMarks(text, i + 1);
            AddTrimmed(text, units, start, end);
            start = SkipSpace(text, end);
            i = start - 1;
        }

        AddTrimmed(text, units, start, text.Length);
        return units;
    }

    private static List<TextSpan> Words(string text, TextSpan sentence)
    {
        var words = new List<TextSpan>();
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var start = i;
            while (i < sentence.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            words.Add(TextSpan.FromBounds(start, i));
            while (i < sentence.End && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return words;
    }

    private static bool NextIsBoundary(string text, int i)
    {
        i = ClosingMarks(text, i);
        return i >= text.Length || char.IsWhiteSpace(text[i]);
    }

    private static int ClosingMarks(string text, int i)
    {
        while (i < text.Length && text[i] is '.' or '!' or '?' or '…' or '"' or '\'' or '’' or '”' or '»' or ')' or ']'
            || (i + 1 < text.Length && text[i] is '\u00A0' or '\u202F' && text[i + 1] == '»'))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void AddTrimmed(string text, List<TextSpan> units, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            units.Add(TextSpan.FromBounds(start, end));
        }
    }
}
