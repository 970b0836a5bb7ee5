using System.Collections.Immutable;
using ContentLint.Core.Channels.Counting;

namespace ContentLint.Core.Channels;

/// <summary>The names of counting methods in <c>contentlint.yaml</c> (<c>channels: {intranet: {method: graphemes}}</c>).</summary>
public static class CountingMethodNames
{
    /// <summary>Name → method.</summary>
    public static ImmutableDictionary<string, CountingMethod> All { get; } = new Dictionary<string, CountingMethod>
    {
        ["x-weighted"] = CountingMethod.XWeighted,
        ["graphemes"] = CountingMethod.Graphemes,
        ["utf8-bytes"] = CountingMethod.Utf8Bytes,
        ["utf16"] = CountingMethod.Utf16,
        ["code-points"] = CountingMethod.CodePoints,
        ["mastodon"] = CountingMethod.Mastodon,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
}
