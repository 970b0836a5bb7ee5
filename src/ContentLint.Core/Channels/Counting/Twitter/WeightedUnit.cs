namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>One unit of <c>parseTweet</c>'s loop: a URL, an emoji or a code point.</summary>
/// <param name="Start">First UTF-16 index of the unit.</param>
/// <param name="Last">Last UTF-16 index of the unit (twitter-text's <c>charIndex</c> after the step).</param>
/// <param name="Weight">Weight in scaled units.</param>
internal readonly record struct WeightedUnit(int Start, int Last, int Weight);
