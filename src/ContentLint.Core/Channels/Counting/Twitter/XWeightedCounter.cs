namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// X's weighted length, an exact port of twitter-text 3.1.0's <c>parseTweet</c>: NFC first, every URL
/// (also bare domains on the TLD list) weighs <c>transformedURLLength</c>, every emoji sequence weighs
/// <c>defaultWeight</c> when emoji parsing is on, other code points weigh by the config's ranges
/// (twitter-text looks up the last UTF-16 unit, so a non-BMP code point weighs the default),
/// and U+FFFE, U+FEFF, U+FFFF make the post invalid.
/// </summary>
public sealed class XWeightedCounter : ITextCounter
{
    /// <summary>A counter with the v3 config (280, the current default).</summary>
    public XWeightedCounter()
        : this(TwitterTextConfig.V3)
    {
    }

    /// <summary>A counter with <paramref name="config"/> (e.g. a premium length).</summary>
    public XWeightedCounter(TwitterTextConfig config) => Config = config;

    /// <summary>The shared v3 counter.</summary>
    public static XWeightedCounter V3 { get; } = new();

    /// <summary>The configuration.</summary>
    public TwitterTextConfig Config { get; }

    /// <inheritdoc />
    public CountingMethod Method => CountingMethod.XWeighted;

    /// <summary>twitter-text's <c>parseTweet</c>.</summary>
    public TweetParseResult Parse(ReadOnlySpan<char> text)
    {
        var normalizedString = NfcText.NormalizeOrNull(text);
        var normalized = normalizedString is null ? text : normalizedString.AsSpan();
        long weighted = 0;
        long max = (long)Config.MaxWeightedTweetLength * Config.Scale;
        var valid = true;
        var validDisplayIndex = 0;
        var units = new WeightedUnitEnumerator(normalized, Config);
        while (units.MoveNext())
        {
            var unit = units.Current;
            weighted += unit.Weight;
            if (valid)
            {
                valid = !IsInvalidCharacter(normalized[unit.Last]);
            }

            if (valid && weighted <= max)
            {
                validDisplayIndex = unit.Last;
            }
        }

        var weightedLength = (double)weighted / Config.Scale;
        valid = valid && weightedLength > 0 && weightedLength <= Config.MaxWeightedTweetLength;
        var permillage = (int)Math.Floor(weightedLength / Config.MaxWeightedTweetLength * 1000);
        return new TweetParseResult(
            (int)Math.Floor(weightedLength),
            valid,
            permillage,
            0,
            text.Length > 0 ? text.Length - 1 : 0,
            0,
            validDisplayIndex + (text.Length - normalized.Length));
    }

    /// <inheritdoc />
    public CountResult Count(ReadOnlySpan<char> text)
    {
        var normalizedString = NfcText.NormalizeOrNull(text);
        var normalized = normalizedString is null ? text : normalizedString.AsSpan();
        long weighted = 0;
        var invalid = false;
        var units = new WeightedUnitEnumerator(normalized, Config);
        while (units.MoveNext())
        {
            weighted += units.Current.Weight;
            invalid |= IsInvalidCharacter(normalized[units.Current.Last]);
        }

        return new CountResult((int)(weighted / Config.Scale), invalid);
    }

    /// <inheritdoc />
    public int OffsetOfFirstOverflow(ReadOnlySpan<char> text, int limit)
    {
        var normalizedString = NfcText.NormalizeOrNull(text);
        var normalized = normalizedString is null ? text : normalizedString.AsSpan();
        long weighted = 0;
        long max = (long)Math.Max(limit, 0) * Config.Scale;
        var units = new WeightedUnitEnumerator(normalized, Config);
        while (units.MoveNext())
        {
            weighted += units.Current.Weight;
            if (weighted > max)
            {
                return normalizedString is null ? units.Current.Start : NfcText.MapToOriginal(text, normalizedString, units.Current.Start);
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public string Describe() => $"X weighted length (twitter-text v{Config.Version})";

    /// <summary>U+FFFE, U+FEFF and U+FFFF make a post invalid.</summary>
    public static bool IsInvalidCharacter(char c) => c is '\uFFFE' or '\uFEFF' or '\uFFFF';
}
