using System.Buffers;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Skips a marker pattern on a text that holds none of the literals every match of it contains
/// (<see cref="RequiredLiterals"/>, read from the pattern itself). Most texts hold no complaint and no pitch: one
/// vectorised search for a few hundred words costs far less than trying a big alternation at every word's start.
/// </summary>
internal sealed class MarkerPrefilter
{
    // Shorter literals are in nearly every text: searching for them first would only add cost.
    private const int MinLength = 2;

    private readonly SearchValues<string> _words;

    private MarkerPrefilter(IReadOnlyCollection<string> words)
    {
        Words = words;
        _words = SearchValues.Create([.. words], StringComparison.Ordinal);
    }

    /// <summary>The literals one of which every match contains.</summary>
    public IReadOnlyCollection<string> Words { get; }

    /// <summary>
    /// The prefilter of <paramref name="pattern"/>, or null when none is worth it: no literal is known, one is shorter
    /// than two characters, or the pattern ignores case (its case folding is the regex engine's, not ordinal's).
    /// </summary>
    public static MarkerPrefilter? For(Regex pattern)
    {
        const RegexOptions changeLiterals = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.ECMAScript;
        if ((pattern.Options & changeLiterals) != 0 || RequiredLiterals.Of(pattern.ToString()) is not { Count: > 0 } words || words.Any(w => w.Length < MinLength))
        {
            return null;
        }

        return new MarkerPrefilter([.. words.Order(StringComparer.Ordinal)]);
    }

    /// <summary>False when <paramref name="text"/> holds none of the words, so the pattern cannot match it.</summary>
    public bool MayMatch(string text) => text.AsSpan().ContainsAny(_words);
}
