using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Matching;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>
/// Finds figures in a text: amounts with a currency (<c>12 M€</c>, <c>$3.5bn</c>, <c>1 200 euros</c>),
/// percentages (<c>30 %</c>, <c>12 pour cent</c>), scaled numbers (<c>3 millions</c>, <c>10k</c>) and
/// financial words (<c>CA</c>, <c>chiffre d'affaires</c>, <c>revenue</c>, <c>marge</c>, <c>EBITDA</c>…).
/// A bare number is not a figure: years, counts and dates are everywhere.
/// </summary>
public static partial class FigureScanner
{
    private static readonly TermMatcher Words = new(
    [
        "chiffre d'affaires", "chiffres d'affaires", "revenue", "revenues", "turnover", "EBITDA", "EBIT", "bénéfice", "bénéfices",
        "profit", "profits", "marge", "marges", "margin", "margins", "valorisation", "valuation", "résultat net", "net income",
        "M€", "k€", "K€", "Md€", "Mds€", "million", "millions", "milliard", "milliards", "billion", "billions",
    ]);

    /// <summary>The figures of <paramref name="text"/>, in order, overlapping ones merged.</summary>
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var spans = new List<TextSpan>();
        spans.AddRange(Numeric().Matches(text).Select(m => new TextSpan(m.Index, m.Length)));
        spans.AddRange(Ca().Matches(text).Select(m => new TextSpan(m.Index, m.Length)));
        spans.AddRange(Words.Matches(text).Select(m => m.Span));
        return Merge(spans);
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (merged.Count > 0 && merged[^1].End > span.Start)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    // A number (1 200 000, 1.234,5, 3,5), then a currency, a scale or a percent sign; or a currency sign before it.
    private const string Number = @"\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*";
    private const string Currency = @"[kKM]€|Mds?\s?€|Md€|€|\$|£|¥|k\$|M\$|(?:EUR|USD|GBP|CHF)\b|euros?\b|dollars?\b|livres? sterling\b|pounds?\b";
    private const string Scale = @"(?:millions?|milliards?|billions?|Mds?|bn|mn)\b|[kKM]\b";
    private const string Percent = @"%|(?:pour[ -]?cents?|percent|per cent)\b";

    [GeneratedRegex(@"(?<![\w.,])(?:(?:[€$£¥]|(?:EUR|USD|GBP|CHF)[ \u00A0])[ \u00A0\u202F]?(?:" + Number + @")(?:[ \u00A0\u202F]?(?:" + Scale + @"))?"
        + @"|(?:" + Number + @")[ \u00A0\u202F]?(?:(?:" + Scale + @")(?:[ \u00A0\u202F]?(?:d'|d’|de )?(?:" + Currency + @"))?|" + Currency + "|" + Percent + "))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    // "CA" (chiffre d'affaires) only in capitals: "ca" is a common misspelling of "ça".
    [GeneratedRegex(@"(?<!\w)CA(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Ca();
}
