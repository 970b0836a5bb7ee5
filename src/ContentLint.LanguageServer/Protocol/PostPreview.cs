namespace ContentLint.LanguageServer.Protocol;

/// <summary>
/// <c>contentlint/preview</c> result: the post under the cursor as each of its channels will show it.
/// Offsets in <see cref="PartPreview.Text"/> are UTF-16 code units, from 0.
/// </summary>
/// <param name="Uri">The document.</param>
/// <param name="Version">The version previewed.</param>
/// <param name="Id">The post's ID.</param>
/// <param name="Channels">One entry per channel (and one per variant).</param>
internal sealed record PostPreview(string Uri, int Version, string Id, IReadOnlyList<ChannelPreview> Channels);

/// <summary>The post on one channel.</summary>
/// <param name="Counting">How the channel counts, in plain words in the client's language.</param>
/// <param name="Fold">The count after which the platform shows "…see more", or null.</param>
internal sealed record ChannelPreview(string Channel, string DisplayName, string DisplayNameFr, int Limit, int? Fold, bool Variant, string Counting, IReadOnlyList<PartPreview> Parts);

/// <summary>One published text: the whole post, or one part of a thread.</summary>
/// <param name="Part">1-based thread part, or null when the post is not a thread.</param>
/// <param name="Text">The text as published (Markdown resolved, front matter left out).</param>
/// <param name="FoldAt">Offset in <paramref name="Text"/> where "…see more" cuts it, or null when all of it shows.</param>
/// <param name="Spans">Links, hashtags, mentions and findings in <paramref name="Text"/>, by start.</param>
internal sealed record PartPreview(int? Part, string Text, int Count, bool OverLimit, int? FoldAt, IReadOnlyList<PreviewSpan> Spans);

/// <summary>A stretch of a previewed text.</summary>
/// <param name="Kind"><c>link</c>, <c>hashtag</c>, <c>mention</c> or <c>finding</c>.</param>
internal sealed record PreviewSpan(string Kind, int Start, int End)
{
    /// <summary>A link as the platform shows it (shortened), when it differs from the text.</summary>
    public string? Display { get; init; }

    /// <summary>A finding's message, in the client's language.</summary>
    public string? Message { get; init; }

    /// <summary>A finding's severity (<c>error</c>, <c>warning</c>, <c>info</c>, <c>hint</c>).</summary>
    public string? Severity { get; init; }

    /// <summary>A finding's rule ID.</summary>
    public string? Code { get; init; }
}
