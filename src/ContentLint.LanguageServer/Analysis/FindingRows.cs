using ContentLint.Core.Diagnostics;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>
/// The diagnostics of a document as the writer reads them: findings on the same characters that say the
/// same thing — the same message in the client's language, or the same first fix — are one row (the most
/// severe, naming the others: "(also CL5002)"), so a <c>?</c> does not carry two squiggles and two
/// Problems rows for one missing space. Every finding keeps its quick fixes (CodeActionsHandler).
/// </summary>
internal static class FindingRows
{
    public static List<LspDiagnostic> ToDiagnostics(IEnumerable<Finding> findings, string locale)
    {
        var rows = new List<List<Finding>>();
        foreach (var finding in findings)
        {
            var same = rows.FirstOrDefault(row => SaySameThing(row[0], finding, locale));
            if (same is null)
            {
                rows.Add([finding]);
            }
            else
            {
                same.Add(finding);
            }
        }

        return [.. rows.Select(row => ToDiagnostic(row, locale))];
    }

    /// <summary>True when two findings cover the same span and say the same thing.</summary>
    public static bool SaySameThing(Finding a, Finding b, string locale) =>
        a.Span == b.Span
        && (a.MessageIn(locale) == b.MessageIn(locale)
            || (a.Fixes.Length > 0 && b.Fixes.Length > 0 && a.Fixes[0].Edits.SequenceEqual(b.Fixes[0].Edits)));

    private static LspDiagnostic ToDiagnostic(List<Finding> row, string locale)
    {
        var first = row.OrderByDescending(f => f.Severity).First();
        var diagnostic = LspConverter.ToDiagnostic(first, locale);
        var others = row.Where(f => f != first).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Where(id => id != first.RuleId).ToList();
        if (others.Count == 0)
        {
            return diagnostic;
        }

        var also = locale == MessageLocale.French ? "aussi" : "also";
        return diagnostic with { Message = $"{diagnostic.Message} ({also} {string.Join(", ", others)})" };
    }
}
