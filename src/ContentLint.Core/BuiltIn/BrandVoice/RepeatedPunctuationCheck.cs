using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: repeated-punctuation</c>: runs of <c>!</c> and <c>?</c> (<c>!!</c>, <c>???</c>, <c>?!?</c>, also
/// spaced out in the French way, <c>! ! !</c>) and of four dots or more, with a fix keeping one mark
/// (three dots for dots). <c>?!</c>, <c>!?</c>, <c>...</c> and <c>…</c> are accepted. Links and code are
/// left alone. Placeholders: <c>{match}</c>, <c>{expected}</c>.
/// </summary>
public sealed class RepeatedPunctuationCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "repeated-punctuation";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        foreach (var text in context.Post.AllTexts)
        {
            var prose = ProseText.Of(text);
            foreach (var (span, expected) in Find(text.Text))
            {
                if (!prose.IsProtected(span))
                {
                    var found = text.Text.Substring(span.Start, span.Length);
                    context.Report(text, span, new TextReplacement(span, expected, $"Replace '{found}' with '{expected}'"), ("match", found), ("expected", expected));
                }
            }
        }
    }

    /// <summary>Each run of repeated marks and the one mark that should replace it.</summary>
    internal static IEnumerable<(TextSpan Span, string Expected)> Find(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.')
            {
                var end = i;
                while (end < text.Length && text[end] == '.')
                {
                    end++;
                }

                if (end - i >= 4)
                {
                    yield return (TextSpan.FromBounds(i, end), "...");
                }

                i = end - 1;
            }
            else if (text[i] is '!' or '?')
            {
                var (end, marks, kinds) = Run(text, i);
                if (marks >= 3 || (marks == 2 && kinds == 1))
                {
                    yield return (TextSpan.FromBounds(i, end), text[i].ToString());
                }

                i = end - 1;
            }
        }
    }

    /// <summary>The end of a run of <c>!</c>/<c>?</c> starting at <paramref name="start"/> (single spaces allowed between marks), its number of marks and of different marks.</summary>
    private static (int End, int Marks, int Kinds) Run(string text, int start)
    {
        var end = start + 1;
        var marks = 1;
        var seen = new HashSet<char> { text[start] };
        while (true)
        {
            var next = end < text.Length && IsSpace(text[end]) ? end + 1 : end;
            if (next >= text.Length || text[next] is not ('!' or '?'))
            {
                return (end, marks, seen.Count);
            }

            seen.Add(text[next]);
            marks++;
            end = next + 1;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}
