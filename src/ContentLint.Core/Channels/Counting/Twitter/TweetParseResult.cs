namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>twitter-text's <c>parseTweet</c> result; ranges are UTF-16 indices with inclusive ends.</summary>
/// <param name="WeightedLength">Weighted length (rounded down if weights are not multiples of the scale).</param>
/// <param name="Valid">Not empty, within the limit and without U+FFFE, U+FEFF, U+FFFF.</param>
/// <param name="Permillage">Weighted length per thousand of the limit, rounded down.</param>
/// <param name="DisplayRangeStart">Always 0.</param>
/// <param name="DisplayRangeEnd">Index of the text's last UTF-16 unit (0 when empty).</param>
/// <param name="ValidRangeStart">Always 0.</param>
/// <param name="ValidRangeEnd">Last index within the limit and before an invalid character (twitter-text's adjustment for NFC included).</param>
public readonly record struct TweetParseResult(
    int WeightedLength,
    bool Valid,
    int Permillage,
    int DisplayRangeStart,
    int DisplayRangeEnd,
    int ValidRangeStart,
    int ValidRangeEnd);
