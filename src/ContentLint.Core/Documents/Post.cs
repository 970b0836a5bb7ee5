using System.Collections.Immutable;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>
/// One published unit: a Markdown post or a calendar entry, with its metadata, its reader-visible
/// text (one part per thread part) and its per-channel variants. Every piece carries its source span.
/// </summary>
public sealed record Post
{
    /// <summary>ID: the calendar entry's <c>id</c>, else the file name (Markdown) or the entry's index.</summary>
    public required string Id { get; init; }

    /// <summary>Source span of the whole post (front matter and body, or the calendar entry).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Channels it is published on, each with the span where it is named.</summary>
    public ImmutableArray<Located<string>> Channels { get; init; } = [];

    /// <summary>Who speaks, if declared.</summary>
    public Located<string>? Persona { get; init; }

    /// <summary>Declared message type, if any.</summary>
    public Located<PostType>? Type { get; init; }

    /// <summary>Declared language (BCP 47, e.g. <c>fr</c>), if any.</summary>
    public Located<string>? Lang { get; init; }

    /// <summary>Planned publication time, if any.</summary>
    public Located<DateTimeOffset>? PublishAt { get; init; }

    /// <summary>True when the post is a thread of several parts.</summary>
    public bool IsThread { get; init; }

    /// <summary>Reader-visible text, one entry per thread part (one when not a thread).</summary>
    public ImmutableArray<MappedText> Parts { get; init; } = [];

    /// <summary>The <c>title:</c> field (YouTube and Pinterest titles), if any.</summary>
    public MappedText? Title { get; init; }

    /// <summary>The <c>alt:</c> field (alternative text of the image, Pinterest), if any.</summary>
    public MappedText? AltText { get; init; }

    /// <summary>
    /// Alternative texts of the body's images (<c>![alt](src)</c>), as typed: not part of the text nor
    /// of its length, but published with each image.
    /// </summary>
    public ImmutableArray<MappedText> ImageDescriptions { get; init; } = [];

    /// <summary>The <c>content_warning:</c> field (Mastodon counts it with the text), if any.</summary>
    public MappedText? ContentWarning { get; init; }

    /// <summary>
    /// The <c>reply_to:</c> field: the post this one answers (its link or ID), if any. On X the @mentions
    /// that open a reply are not counted (<see cref="ContentLint.Core.Channels.ReplyMentions"/>).
    /// </summary>
    public Located<string>? ReplyTo { get; init; }

    /// <summary>True when the post answers another one (<see cref="ReplyTo"/> is set).</summary>
    public bool IsReply => ReplyTo is not null;

    /// <summary>Per-channel wordings.</summary>
    public ImmutableArray<PostVariant> Variants { get; init; } = [];

    /// <summary>Every field as written (including ones the engine does not interpret), by key.</summary>
    public ImmutableDictionary<string, PostField> Fields { get; init; } = ImmutableDictionary<string, PostField>.Empty;

    /// <summary>Rule IDs or names disabled for this post by <c>contentlint: {disable: [..]}</c>.</summary>
    public ImmutableArray<Located<string>> DisabledRules { get; init; } = [];

    /// <summary>What is published on each channel: the variant for that channel, else <see cref="Parts"/>.</summary>
    public IEnumerable<PostRendition> Renditions
    {
        get
        {
            foreach (var channel in Channels)
            {
                var variant = Variants.FirstOrDefault(v => string.Equals(v.Channel.Value, channel.Value, StringComparison.OrdinalIgnoreCase));
                yield return variant is null
                    ? new PostRendition(channel, Parts, IsVariant: false)
                    : new PostRendition(channel, variant.Parts, IsVariant: true);
            }
        }
    }

    /// <summary>Every distinct text of the post: its parts, then each variant's parts.</summary>
    public IEnumerable<MappedText> AllTexts => Parts.Concat(Variants.SelectMany(v => v.Parts));
}
