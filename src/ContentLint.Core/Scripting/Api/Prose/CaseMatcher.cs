namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>Gives a replacement the capitalisation of the text it replaces (sentence start, all capitals).</summary>
public static class CaseMatcher
{
    /// <summary>
    /// <paramref name="replacement"/> cased like <paramref name="found"/>: all capitals stay all capitals,
    /// a leading capital stays; a replacement with capitals of its own (a brand, <c>LinkedIn</c>) is kept as written.
    /// </summary>
    public static string Apply(string found, string replacement)
    {
        if (replacement.Any(char.IsUpper))
        {
            return replacement;
        }

        var letters = found.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper))
        {
            return replacement.ToUpperInvariant();
        }

        var first = found.FirstOrDefault(char.IsLetter);
        var target = replacement.IndexOf(replacement.FirstOrDefault(char.IsLetter));
        return char.IsUpper(first) && target >= 0
            ? string.Concat(replacement.AsSpan(0, target), char.ToUpperInvariant(replacement[target]).ToString(), replacement.AsSpan(target + 1))
            : replacement;
    }
}
