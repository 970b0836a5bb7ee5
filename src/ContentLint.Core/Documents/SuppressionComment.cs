using System.Collections.Immutable;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>What an inline suppression comment does.</summary>
public enum SuppressionKind
{
    /// <summary><c>contentlint-disable-next-line</c>: the next line (Markdown) or the YAML node starting on it.</summary>
    DisableNextLine,

    /// <summary><c>contentlint-disable</c>: from here to the matching enable, or the end of the file.</summary>
    Disable,

    /// <summary><c>contentlint-enable</c>: ends a disable block.</summary>
    Enable,

    /// <summary>Front matter or calendar entry <c>contentlint: {disable: [..]}</c>: the whole post.</summary>
    DisablePost,
}

/// <summary>An inline suppression, as parsed from a comment or a <c>contentlint:</c> field.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Rules">IDs or names it names, each with its span; empty means every rule.</param>
/// <param name="Reason">The text after <c>--</c>, if any.</param>
/// <param name="Span">Source span of the comment or list entry.</param>
/// <param name="RemovalSpan">What to delete to remove it (the whole line when the comment is alone on it).</param>
/// <param name="Scope">Source span it covers (next-line and post suppressions; blocks are paired by the engine).</param>
public sealed record SuppressionComment(
    SuppressionKind Kind,
    ImmutableArray<Located<string>> Rules,
    string? Reason,
    TextSpan Span,
    TextSpan RemovalSpan,
    TextSpan? Scope);
