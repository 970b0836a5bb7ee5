namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>
/// The forms of a configured term a writer may use: as written, and plural. A phrase's plural may
/// fall on its first word (French "projets Borealis") or its last (English "Borealis projects").
/// </summary>
public static class TermVariants
{
    /// <summary><paramref name="term"/> as written, then its plural forms (no duplicates, case ignored).</summary>
    public static IEnumerable<string> WithPlurals(string term)
    {
        var variants = new List<string> { term };
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var index in words.Length > 1 ? new[] { 0, words.Length - 1 } : [0])
        {
            foreach (var plural in Plurals(words[index]))
            {
                var copy = (string[])words.Clone();
                copy[index] = plural;
                variants.Add(string.Join(' ', copy));
            }
        }

        return variants.Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Plurals(string word)
    {
        if (word.Length < 3 || !char.IsLetter(word[^1]) || word[^1] is 's' or 'x' or 'z' or 'S' or 'X' or 'Z')
        {
            yield break;
        }

        yield return word + "s";
        if (word.EndsWith("al", StringComparison.OrdinalIgnoreCase))
        {
            yield return word[..^2] + "aux";
        }
        else if (word.EndsWith("eau", StringComparison.OrdinalIgnoreCase) || word.EndsWith("eu", StringComparison.OrdinalIgnoreCase))
        {
            yield return word + "x";
        }
    }
}
