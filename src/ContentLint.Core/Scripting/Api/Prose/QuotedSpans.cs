using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>What a text quotes: between <c>« »</c>, <c>“ ”</c> or a pair of straight double quotes, within one paragraph.</summary>
public static class QuotedSpans
{
    /// <summary>The quoted spans of <paramref name="text"/> (marks included), in text order.</summary>
    public static List<TextSpan> Find(string text)
    {
        var spans = new List<TextSpan>();
        var open = new Stack<(char Close, int Start)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] is '\n' or '\r')
            {
                open.Clear(); // a quotation left open does not run into the next paragraph
            }
            else if (open.Count > 0 && c == open.Peek().Close)
            {
                var (_, start) = open.Pop();
                spans.Add(TextSpan.FromBounds(start, i + 1));
            }
            else if (c is '«' or '“' or '"')
            {
                open.Push((c switch { '«' => '»', '“' => '”', _ => '"' }, i));
            }
        }

        return spans;
    }
}
