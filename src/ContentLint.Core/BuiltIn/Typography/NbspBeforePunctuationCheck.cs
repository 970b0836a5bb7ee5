using ContentLint.Core.BuiltIn.BrandVoice;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Typography;

/// <summary>
/// <c>check: nbsp-before-punctuation</c>: in French, <c>; : ! ?</c> take a no-break space before them.
/// A normal space is replaced, a missing one inserted. Only a mark that ends a clause is judged — one
/// followed by a space, the end, a closing quote or bracket, an emoji, or (for <c>!</c> and <c>?</c>)
/// another mark — so URLs (<c>https://</c>, <c>?q=</c>), times and ratios (<c>10:30</c>, <c>3:1</c>) and
/// emoticons (<c>:)</c>, <c>;-)</c>, <c>:D</c>) are left alone, as are links, hashtags, mentions, code and
/// the <c>;</c> of an HTML entity (<c>&amp;gt;</c>).
/// Placeholders: <c>{mark}</c>, <c>{found}</c>.
/// </summary>
public sealed class NbspBeforePunctuationCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "nbsp-before-punctuation";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        foreach (var text in context.Post.AllTexts)
        {
            var prose = ProseText.Of(text);
            var value = text.Text;
            string? nbsp = null;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] is not (';' or ':' or '!' or '?') || !EndsClause(value, i) || prose.IsProtected(i) || EndsEntity(value, i))
                {
                    continue;
                }

                var gapStart = SpaceFix.SpacesBefore(value, i);
                if (gapStart == 0 || value[gapStart - 1] is '\n' or '\r' || !StandsAfter(value, gapStart - 1, value[i], gapStart < i) || prose.IsProtected(gapStart - 1))
                {
                    continue;
                }

                if (SpaceFix.Check(value, gapStart, i, nbsp ??= NoBreakSpaces.For(context, text), value[i].ToString()) is { } problem)
                {
                    var span = TextSpan.FromBounds(gapStart, i + 1);
                    context.Report(text, span, problem.Fix, ("mark", value[i].ToString()), ("found", problem.Found));
                }
            }
        }
    }

    /// <summary>True for the <c>;</c> of an HTML entity left in the text (<c>&amp;gt;</c>, <c>&amp;#8217;</c>), as posts copied from an API carry.</summary>
    private static bool EndsEntity(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]) && i - start < 10)
        {
            start--;
        }

        var hash = start > 0 && text[start - 1] == '#' ? 1 : 0;
        return text[i] == ';' && start < i && start - hash > 0 && text[start - hash - 1] == '&';
    }

    /// <summary>True when the mark at <paramref name="i"/> closes a clause (see the class summary).</summary>
    private static bool EndsClause(string text, int i)
    {
        if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
        {
            return true;
        }

        var next = text[i + 1];
        return text[i] is '!' or '?'
            ? next is '!' or '?' or '»' or '"' or '”' or ')' or ']' or '…' or '.' || SpaceFix.IsSymbol(text, i + 1)
            : next is '»' or '"' or '”';
    }

    /// <summary>
    /// True when <paramref name="previous"/> (the character before the mark or its spaces) is
    /// something a mark may follow: a word, a closing quote or bracket, an emoji; a digit only before
    /// <c>!</c> and <c>?</c>, or with a space (<c>3 : 1</c> is prose, <c>3:1</c> a ratio); not another
    /// mark, which is CL4005's business.
    /// </summary>
    private static bool StandsAfter(string text, int previous, char mark, bool spaced)
    {
        var c = text[previous];
        return char.IsLetter(c)
            || (char.IsDigit(c) && (spaced || mark is '!' or '?'))
            || c is '»' or ')' or ']' or '"' or '”' or '’' or '\'' or '…' or '%' or '€' or '$' or '£'
            || SpaceFix.IsSymbol(text, previous);
    }
}
