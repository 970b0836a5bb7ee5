using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Matching;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// The <c>terminology:</c> lists of one configuration, matched per language: the post's language list
/// (<c>fr-CA</c>, else <c>fr</c>) then the <c>*</c> list, the first to name a term winning. A one-word
/// term is also found in the plural, and its replacement is then put in the plural the same way.
/// </summary>
public sealed class Glossary(ContentPolicy policy)
{
    private static readonly ConditionalWeakTable<ContentPolicy, Glossary> Shared = [];
    private readonly ConcurrentDictionary<string, Matcher?> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The glossary of <paramref name="policy"/>, built once per configuration and released with it.</summary>
    public static Glossary Of(ContentPolicy policy) => Shared.GetValue(policy, p => new Glossary(p));

    /// <summary>The matcher for posts in <paramref name="lang"/> (the tag as written, or empty), or null when no list applies.</summary>
    public Matcher? For(string lang) => _byLanguage.GetOrAdd(lang, Build);

    private Matcher? Build(string lang)
    {
        var primary = lang.Split('-', '_')[0];
        var lists = new List<(string Name, ImmutableArray<KeyValuePair<string, string>> Pairs)>();
        foreach (var name in new[] { lang, primary, "*" }.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (policy.Terminology.TryGetValue(name, out var pairs))
            {
                lists.Add((name, pairs));
            }
        }

        var entries = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, pairs) in lists)
        {
            foreach (var (wrong, right) in pairs)
            {
                foreach (var (form, replacement) in Forms(wrong, right))
                {
                    if (seen.Add(FoldedText.FoldTerm(form, caseSensitive: false, accentSensitive: false)))
                    {
                        entries.Add(new Entry(form, replacement, name, FoldedText.FoldTerm(wrong, false, false) == FoldedText.FoldTerm(right, false, false)));
                    }
                }
            }
        }

        return entries.Count == 0 ? null : new Matcher(new TermMatcher(entries.Select(e => e.Form)), [.. entries]);
    }

    /// <summary>The term and, for one word, its plural forms, each with the replacement in the same number.</summary>
    private static IEnumerable<(string Form, string Replacement)> Forms(string wrong, string right)
    {
        yield return (wrong, right);
        if (wrong.Contains(' ') || right.Contains(' ') || wrong.Length < 3 || !char.IsLetter(wrong[^1]) || EndsWithAny(wrong, "s", "x", "z"))
        {
            yield break;
        }

        yield return (wrong + "s", EndsWithAny(right, "s", "x", "z") ? right : right + "s");
        if (EndsWithAny(wrong, "al"))
        {
            yield return (wrong[..^2] + "aux", Special(right));
        }
        else if (EndsWithAny(wrong, "eau", "eu"))
        {
            yield return (wrong + "x", Special(right));
        }
    }

    private static string Special(string word) =>
        EndsWithAny(word, "s", "x", "z") ? word
        : EndsWithAny(word, "al") ? word[..^2] + "aux"
        : EndsWithAny(word, "eau", "eu") ? word + "x"
        : word + "s";

    private static bool EndsWithAny(string word, params string[] suffixes) =>
        suffixes.Any(s => word.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>A form to look for, what replaces it, the list it comes from, and whether the two differ only by case or accents.</summary>
    public sealed record Entry(string Form, string Replacement, string List, bool SameLetters);

    /// <summary>One language's terms, matched in one pass.</summary>
    public sealed record Matcher(TermMatcher Terms, ImmutableArray<Entry> Entries);
}
