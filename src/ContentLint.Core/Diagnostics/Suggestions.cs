namespace ContentLint.Core.Diagnostics;

/// <summary>"Did you mean" suggestions by edit distance (optimal string alignment, case-insensitive).</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="value"/>, or null when none is close enough.</summary>
    /// <param name="value">What the user wrote.</param>
    /// <param name="candidates">Accepted values.</param>
    /// <param name="maxDistance">Largest accepted distance; by default a third of the length, at least 1, at most 3.</param>
    public static string? Closest(string value, IEnumerable<string> candidates, int? maxDistance = null)
    {
        var limit = maxDistance ?? Math.Clamp(value.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit && bestDistance > 0 ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or an empty string, for message placeholders.</summary>
    public static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";

    /// <summary>The <c>{suggestion}</c> placeholder of a rule message: <see cref="DidYouMean"/>, and its French.</summary>
    public static LocalizedString DidYouMeanPlaceholder(string? suggestion) =>
        new(DidYouMean(suggestion), suggestion is null ? string.Empty : $"\u202F; vouliez-vous dire «\u202F{suggestion}\u202F»\u00A0?");

    /// <summary>Edit distance with adjacent transpositions counted as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
