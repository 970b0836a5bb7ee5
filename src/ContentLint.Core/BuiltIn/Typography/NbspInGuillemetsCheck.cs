using ContentLint.Core.BuiltIn.BrandVoice;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Typography;

/// <summary>
/// <c>check: nbsp-in-guillemets</c>: in French, <c>« »</c> hold their words with a no-break space on the
/// inside. A normal space is replaced, a missing one inserted. A <c>»</c> is judged only when a <c>«</c>
/// opened before it in the same paragraph (a lone <c>»</c> is an arrow: <c>» Lire la suite</c>); a sign
/// at the end or start of a line is left alone, as are links and code. Placeholders: <c>{mark}</c>,
/// <c>{side}</c>, <c>{found}</c>.
/// </summary>
public sealed class NbspInGuillemetsCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "nbsp-in-guillemets";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        foreach (var text in context.Post.AllTexts)
        {
            var prose = ProseText.Of(text);
            var value = text.Text;
            var open = 0;
            string? nbsp = null;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == '\n' && i + 1 < value.Length && value[i + 1] is '\n' or '\r')
                {
                    open = 0;
                }

                if (value[i] is not ('«' or '»') || prose.IsProtected(i))
                {
                    continue;
                }

                var opening = value[i] == '«';
                if (!opening && open == 0)
                {
                    continue;
                }

                open += opening ? 1 : -1;
                var (gapStart, gapEnd) = opening ? (i + 1, SpaceFix.SpacesAfter(value, i + 1)) : (SpaceFix.SpacesBefore(value, i), i);
                var beyond = opening ? gapEnd : gapStart - 1;
                if (beyond < 0 || beyond >= value.Length || value[beyond] is '\n' or '\r' or '«' or '»')
                {
                    continue;
                }

                if (SpaceFix.Check(value, gapStart, gapEnd, nbsp ??= NoBreakSpaces.For(context, text), value[i].ToString()) is { } problem)
                {
                    var span = opening ? TextSpan.FromBounds(i, gapEnd) : TextSpan.FromBounds(gapStart, i + 1);
                    context.Report(text, span, problem.Fix, ("mark", value[i].ToString()), ("side", opening ? "after" : "before"), ("found", problem.Found));
                }
            }
        }
    }
}
