using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents;

/// <summary>The fields of a front matter, a calendar entry or a calendar's <c>defaults:</c>, validated.</summary>
internal sealed record PostMetadata
{
    public ImmutableArray<Located<string>>? Channels { get; init; }

    public Located<string>? Persona { get; init; }

    public Located<PostType>? Type { get; init; }

    public Located<string>? Lang { get; init; }

    public Located<DateTimeOffset>? PublishAt { get; init; }

    public Located<string>? Id { get; init; }

    public MappedText? Title { get; init; }

    public MappedText? AltText { get; init; }

    public MappedText? ContentWarning { get; init; }

    /// <summary><c>reply_to:</c>, the post this one answers.</summary>
    public Located<string>? ReplyTo { get; init; }

    /// <summary>Markdown <c>thread: true</c>.</summary>
    public bool ThreadFlag { get; init; }

    /// <summary>Calendar <c>text:</c>, <c>thread:</c> and <c>variants:</c> nodes, read by the calendar parser.</summary>
    public YamlNode? TextNode { get; init; }

    /// <summary>Calendar <c>thread:</c> list.</summary>
    public YamlNode? ThreadNode { get; init; }

    /// <summary>Calendar <c>variants:</c> map.</summary>
    public YamlNode? VariantsNode { get; init; }

    /// <summary>Key of <c>text</c>/<c>thread</c>, for positions of messages about missing text.</summary>
    public bool HasChannelLikeKey { get; init; }

    public ImmutableArray<SuppressionComment> Suppressions { get; init; } = [];

    public ImmutableDictionary<string, PostField> Fields { get; init; } = ImmutableDictionary<string, PostField>.Empty;

    /// <summary>The post these fields describe, with its text; <see cref="Post.DisabledRules"/> come from <paramref name="suppressions"/>.</summary>
    public Post ToPost(string id, TextSpan span, bool isThread, ImmutableArray<MappedText> parts, ImmutableArray<PostVariant> variants, IEnumerable<SuppressionComment> suppressions) => new()
    {
        Id = id,
        Span = span,
        Channels = Channels ?? [],
        Persona = Persona,
        Type = Type,
        Lang = Lang,
        PublishAt = PublishAt,
        Title = Title,
        AltText = AltText,
        ContentWarning = ContentWarning,
        ReplyTo = ReplyTo,
        IsThread = isThread,
        Parts = parts,
        Variants = variants,
        Fields = Fields,
        DisabledRules = [.. suppressions.SelectMany(s => s.Rules)],
    };

    /// <summary>This metadata with <paramref name="defaults"/> filling what it does not set.</summary>
    public PostMetadata InheritFrom(PostMetadata defaults) => this with
    {
        Channels = Channels ?? defaults.Channels,
        Persona = Persona ?? defaults.Persona,
        Type = Type ?? defaults.Type,
        Lang = Lang ?? defaults.Lang,
        PublishAt = PublishAt ?? defaults.PublishAt,
        ContentWarning = ContentWarning ?? defaults.ContentWarning,
        ReplyTo = ReplyTo ?? defaults.ReplyTo,
        Fields = defaults.Fields.Where(f => !Fields.ContainsKey(f.Key))
            .Aggregate(Fields, (fields, f) => fields.SetItem(f.Key, f.Value with { IsInherited = true })),
    };
}
