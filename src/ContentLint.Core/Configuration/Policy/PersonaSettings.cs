using System.Collections.Immutable;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Configuration.Policy;

/// <summary>A persona: the voice that speaks (a brand account, an employee, an ambassador…) and what it may do.</summary>
public sealed record PersonaSettings
{
    /// <summary>Name used in posts' <c>persona:</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the name is written in the configuration.</summary>
    public TextSpan NameSpan { get; init; }

    /// <summary><c>brand</c>, <c>support</c>, <c>employee</c>, <c>ambassador</c>, <c>influencer</c> or <c>partner</c>.</summary>
    public string Kind { get; init; } = "brand";

    /// <summary>Message types the persona may publish (empty: any).</summary>
    public ImmutableArray<PostType> Types { get; init; } = [];

    /// <summary>Channels the persona may publish on (empty: any).</summary>
    public ImmutableArray<string> Channels { get; init; } = [];

    /// <summary>How the persona addresses readers in French: <c>tu</c>, <c>vous</c>, or null when not set.</summary>
    public string? Address { get; init; }

    /// <summary>Words this persona never uses.</summary>
    public ImmutableArray<string> BannedWords { get; init; } = [];

    /// <summary>Lowest readability score accepted (Flesch in English, Kandel–Moles in French), or null.</summary>
    public double? MinReadability { get; init; }

    /// <summary>Longest sentence accepted, in words, or null.</summary>
    public int? MaxSentenceWords { get; init; }

    /// <summary>The persona's tone, for people (documentation; not checked).</summary>
    public string? Tone { get; init; }
}
