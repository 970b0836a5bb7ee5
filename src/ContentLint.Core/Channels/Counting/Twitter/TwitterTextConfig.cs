using System.Collections.Immutable;

namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// A twitter-text length configuration (<c>config/v1.json</c>, <c>v2.json</c>, <c>v3.json</c>);
/// every value can be overridden, e.g. <c>TwitterTextConfig.V3 with { MaxWeightedTweetLength = 25_000 }</c> for X Premium.
/// </summary>
/// <param name="Version">Config version (1, 2 or 3).</param>
/// <param name="MaxWeightedTweetLength">The limit, in weighted characters.</param>
/// <param name="Scale">Divisor that turns weights into characters.</param>
/// <param name="DefaultWeight">Weight of a code point outside <paramref name="Ranges"/> (and of an emoji).</param>
/// <param name="TransformedUrlLength">Characters a URL counts for (t.co length).</param>
/// <param name="EmojiParsingEnabled">Whether an emoji sequence weighs <paramref name="DefaultWeight"/> as a whole.</param>
/// <param name="Ranges">Weights of ranges of UTF-16 code unit values.</param>
public sealed record TwitterTextConfig(
    int Version,
    int MaxWeightedTweetLength,
    int Scale,
    int DefaultWeight,
    int TransformedUrlLength,
    bool EmojiParsingEnabled,
    ImmutableArray<WeightRange> Ranges)
{
    private static readonly ImmutableArray<WeightRange> StandardRanges =
    [
        new(0x0000, 0x10FF, 100),
        new(0x2000, 0x200D, 100),
        new(0x2010, 0x201F, 100),
        new(0x2032, 0x2037, 100),
    ];

    /// <summary>Legacy config: 140 characters, every code point 1.</summary>
    public static TwitterTextConfig V1 { get; } = new(1, 140, 1, 1, 23, false, []);

    /// <summary>280 weighted characters, CJK and others 2, no emoji parsing.</summary>
    public static TwitterTextConfig V2 { get; } = new(2, 280, 100, 200, 23, false, StandardRanges);

    /// <summary>V2 plus emoji sequences weighing 2: the current default.</summary>
    public static TwitterTextConfig V3 { get; } = V2 with { Version = 3, EmojiParsingEnabled = true };

    /// <summary>Weight of a UTF-16 code unit value, as twitter-text's <c>getCharacterWeight</c>.</summary>
    public int WeightOf(char unit)
    {
        foreach (var range in Ranges)
        {
            if (unit >= range.Start && unit <= range.End)
            {
                return range.Weight;
            }
        }

        return DefaultWeight;
    }
}
