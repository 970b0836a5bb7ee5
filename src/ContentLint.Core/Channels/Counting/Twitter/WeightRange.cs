namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>A range of UTF-16 code unit values with its weight (twitter-text config <c>ranges</c>).</summary>
/// <param name="Start">First value (inclusive).</param>
/// <param name="End">Last value (inclusive).</param>
/// <param name="Weight">Weight, in units of 1/<see cref="TwitterTextConfig.Scale"/>.</param>
public readonly record struct WeightRange(int Start, int End, int Weight);
