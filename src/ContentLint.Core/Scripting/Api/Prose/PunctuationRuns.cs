using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>A run of punctuation: dots (<c>....</c>), or <c>!</c> and <c>?</c> with at most one space between two marks (<c>! ! !</c>).</summary>
/// <param name="Span">Where the run stands.</param>
/// <param name="IsDots">True for a run of dots, false for a run of <c>!</c> and <c>?</c>.</param>
/// <param name="Marks">How many marks (dots, or <c>!</c> and <c>?</c>) it holds.</param>
/// <param name="Kinds">How many different marks it holds (1 for <c>!!</c>, 2 for <c>?!?</c>).</param>
/// <param name="First">Its first mark.</param>
public readonly record struct PunctuationRun(TextSpan Span, bool IsDots, int Marks, int Kinds, char First);

/// <summary>Finds runs of dots and of <c>!</c>/<c>?</c> in a text, every run, even of one mark.</summary>
public static class PunctuationRuns
{
    /// <summary>Every run of dots and of <c>!</c>/<c>?</c> in <paramref name="text"/>, in text order.</summary>
    public static IEnumerable<PunctuationRun> Find(string text)
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

                yield return new PunctuationRun(TextSpan.FromBounds(i, end), true, end - i, 1, '.');
                i = end - 1;
            }
            else if (text[i] is '!' or '?')
            {
                var run = MarksFrom(text, i);
                yield return run;
                i = run.Span.End - 1;
            }
        }
    }

    /// <summary>The run of <c>!</c>/<c>?</c> starting at <paramref name="start"/>, single spaces allowed between marks.</summary>
    private static PunctuationRun MarksFrom(string text, int start)
    {
        var end = start + 1;
        var marks = 1;
        var seen = new HashSet<char> { text[start] };
        while (true)
        {
            var next = end < text.Length && IsSpace(text[end]) ? end + 1 : end;
            if (next >= text.Length || text[next] is not ('!' or '?'))
            {
                return new PunctuationRun(TextSpan.FromBounds(start, end), false, marks, seen.Count, text[start]);
            }

            seen.Add(text[next]);
            marks++;
            end = next + 1;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}
