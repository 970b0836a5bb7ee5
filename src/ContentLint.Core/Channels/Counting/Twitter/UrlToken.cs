namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>A URL twitter-text extracts, with the length its weighted count skips over.</summary>
/// <param name="Start">UTF-16 start (twitter-text's <c>indices[0]</c>).</param>
/// <param name="End">UTF-16 exclusive end (<c>indices[1]</c>).</param>
/// <param name="SkipLength">
/// Length of the entity's <c>url</c> string, which <c>parseTweet</c> skips: equal to
/// <c>End - Start</c> except for a protocol-less URL with a path whose domain had non-ASCII labels
/// before its last ASCII domain.
/// </param>
internal readonly record struct UrlToken(int Start, int End, int SkipLength);
