using ContentLint.Core.Scripting.Api.Prose;

namespace ContentLint.Core.Scripting.Api.Typography;

/// <summary>One guillemet French typography judges, and the spaces on its inside.</summary>
/// <param name="Mark">The offset of the <c>«</c> or <c>»</c>.</param>
/// <param name="Opening">True for <c>«</c> (the gap is after it), false for <c>»</c> (the gap is before it).</param>
/// <param name="GapStart">Where the spaces on the inside start.</param>
/// <param name="GapEnd">Where they end.</param>
public readonly record struct GuillemetGap(int Mark, bool Opening, int GapStart, int GapEnd);

/// <summary>
/// The <c>« »</c> of a text with the spaces on their inside. A <c>»</c> counts only when a <c>«</c>
/// opened before it in the same paragraph (a lone <c>»</c> is an arrow: <c>» Lire la suite</c>); a
/// sign at the end or start of a line, or with another guillemet on its inside, is left out, as are
/// links, hashtags, mentions and code.
/// </summary>
public static class GuillemetGaps
{
    /// <summary>Each judged guillemet of <paramref name="prose"/>, in text order.</summary>
    public static IEnumerable<GuillemetGap> Find(ProseText prose)
    {
        var value = prose.Value;
        var open = 0;
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
            if (beyond >= 0 && beyond < value.Length && value[beyond] is not ('\n' or '\r' or '«' or '»'))
            {
                yield return new GuillemetGap(i, opening, gapStart, gapEnd);
            }
        }
    }
}
