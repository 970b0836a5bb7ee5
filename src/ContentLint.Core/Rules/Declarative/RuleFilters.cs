using System.Collections.Immutable;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>Which posts a rule applies to; an empty list means "any".</summary>
/// <param name="Channels">Channel names.</param>
/// <param name="Personas">Persona names.</param>
/// <param name="Types">Message types.</param>
/// <param name="Langs">Language tags; <c>fr</c> also matches <c>fr-CA</c>.</param>
public sealed record RuleFilters(ImmutableArray<string> Channels, ImmutableArray<string> Personas, ImmutableArray<PostType> Types, ImmutableArray<string> Langs)
{
    /// <summary>No filter.</summary>
    public static RuleFilters None { get; } = new([], [], [], []);

    /// <summary>True when the post's persona, type and language pass (channels are checked per rendition).</summary>
    public bool MatchesPost(Post post) =>
        (Personas.IsEmpty || (post.Persona is { } p && Personas.Contains(p.Value, StringComparer.OrdinalIgnoreCase)))
        && (Types.IsEmpty || (post.Type is { } t && Types.Contains(t.Value)))
        && (Langs.IsEmpty || Langs.Any(wanted => Languages.Is(post, wanted)));

    /// <summary>True when <paramref name="channel"/> passes.</summary>
    public bool MatchesChannel(string channel) => Channels.IsEmpty || Channels.Contains(channel, StringComparer.OrdinalIgnoreCase);
}
