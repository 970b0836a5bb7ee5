using ContentLint.Core.Scripting.Api.Prose;

namespace ContentLint.Core.Scripting.Api.Typography;

/// <summary>
/// A number followed by <c>% ‰ € $ £</c> or a unit (letters, case-sensitive, as a whole word), with
/// the spaces between them. Left out: a sign before its number (<c>$10</c>), a number glued to letters
/// or a <c>#</c> (<c>MP3</c>, <c>#100</c>), links, hashtags, mentions and code.
/// </summary>
public static class NumberSignGaps
{
    /// <summary>Each sign or unit of <paramref name="units"/> after a number in <paramref name="prose"/>: the sign, its offset and where the spaces before it start.</summary>
    public static IEnumerable<(string Sign, int Offset, int GapStart)> Find(ProseText prose, IReadOnlyList<string> units)
    {
        var value = prose.Value;
        for (var i = 0; i < value.Length; i++)
        {
            var sign = value[i] is '%' or '‰' or '€' or '$' or '£' ? value[i].ToString() : UnitAt(value, i, units);
            if (sign is null)
            {
                continue;
            }

            var gapStart = SpaceFix.SpacesBefore(value, i);
            if (IsNumberEnd(value, gapStart) && !prose.IsProtected(i) && !prose.IsProtected(gapStart - 1))
            {
                yield return (sign, i, gapStart);
            }

            i += sign.Length - 1;
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
