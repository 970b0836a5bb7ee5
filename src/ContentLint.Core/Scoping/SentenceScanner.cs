using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scoping;

/// <summary>
/// Splits text into sentences: a sentence ends after <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (and any
/// closing quotes or brackets) followed by white space or the end, and at every line break, which
/// posts use as sentence breaks. Punctuation inside links does not end a sentence.
/// </summary>
internal static class SentenceScanner
{
    public static IReadOnlyList<TextToken> Scan(string text, IReadOnlyList<TextEntity> entities)
    {
        var sentences = new List<TextToken>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, sentences);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' or '…' && !EntitySpans.Contains(entities, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '"' or '\'' or '»' or '”' or ')' or ']')
                {
                    end++;
                }

                if (end == text.Length || char.IsWhiteSpace(text[end]))
                {
                    Add(text, start, end, sentences);
                    start = end;
                    i = end - 1;
                }
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static void Add(string text, int start, int end, List<TextToken> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextToken(TokenKind.Sentence, TextSpan.FromBounds(start, end), text[start..end]));
        }
    }
}
