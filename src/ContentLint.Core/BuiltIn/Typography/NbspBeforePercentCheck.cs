using ContentLint.Core.BuiltIn.BrandVoice;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Typography;

/// <summary>
/// <c>check: nbsp-before-percent</c>: in French, a number and the <c>%</c>, currency or unit after it are
/// held together by a no-break space (<c>30 %</c>, <c>29,99 €</c>, <c>10 km</c>). A normal space is
/// replaced, a missing one inserted. Signs: <c>% ‰ € $ £</c>, and the units of the <c>units</c> option
/// (letters, case-sensitive, as a whole word). Left alone: a sign before its number (<c>$10</c>), a
/// number glued to letters or a <c>#</c> (<c>MP3</c>, <c>#100</c>), links, hashtags, mentions and code.
/// Placeholders: <c>{unit}</c>, <c>{found}</c>.
/// </summary>
public sealed class NbspBeforePercentCheck : IBuiltInCheck
{
    /// <summary>Units judged when the rule file lists none.</summary>
    public static readonly IReadOnlyList<string> DefaultUnits = ["km", "m²", "kg", "cm", "mm", "ml", "cl", "kWh", "kW", "Mo", "Go", "To", "°C", "min"];

    /// <inheritdoc />
    public string Name => "nbsp-before-percent";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var units = options.GetList("units", [.. DefaultUnits]);
        foreach (var text in context.Post.AllTexts)
        {
            var prose = ProseText.Of(text);
            var value = text.Text;
            string? nbsp = null;
            for (var i = 0; i < value.Length; i++)
            {
                var unit = value[i] is '%' or '‰' or '€' or '$' or '£' ? value[i].ToString() : UnitAt(value, i, units);
                if (unit is null)
                {
                    continue;
                }

                var gapStart = SpaceFix.SpacesBefore(value, i);
                if (IsNumberEnd(value, gapStart) && !prose.IsProtected(i) && !prose.IsProtected(gapStart - 1)
                    && SpaceFix.Check(value, gapStart, i, nbsp ??= NoBreakSpaces.For(context, text), unit) is { } problem)
                {
                    context.Report(text, TextSpan.FromBounds(gapStart, i + unit.Length), problem.Fix, ("unit", unit), ("found", problem.Found));
                }

                i += unit.Length - 1;
            }
        }
    }

    /// <summary>The unit written as a whole word at <paramref name="i"/>, or null.</summary>
    private static string? UnitAt(string text, int i, IReadOnlyList<string> units)
    {
        if (i > 0 && char.IsLetter(text[i - 1]))
        {
            return null;
        }

        foreach (var unit in units)
        {
            var end = i + unit.Length;
            if (string.CompareOrdinal(text, i, unit, 0, unit.Length) == 0 && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '\'' or '\u2019' or '-')))
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>True when a number ends at <paramref name="end"/>, not glued to a word or a <c>#</c>.</summary>
    private static bool IsNumberEnd(string text, int end)
    {
        if (end == 0 || !char.IsDigit(text[end - 1]))
        {
            return false;
        }

        var start = end - 1;
        while (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is ',' or '.' && start >= 2 && char.IsDigit(text[start - 2])))
        {
            start--;
        }

        return start == 0 || !(char.IsLetter(text[start - 1]) || text[start - 1] is '#' or '_' or '/');
    }
}
