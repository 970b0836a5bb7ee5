using System.Collections.Immutable;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Configuration.Policy;

/// <summary>
/// What the default rule pack checks posts against: personas, confidential lists, embargoes,
/// personal-data allow-list, internal hosts, terminology, promotion and disclosure policy, voice
/// and typography settings. Every list is empty by default; rules that need one do nothing without it.
/// </summary>
public sealed record ContentPolicy
{
    /// <summary>Persona kinds that must disclose promotional posts by default.</summary>
    public static ImmutableArray<string> DefaultDisclosureKinds { get; } = ["employee", "ambassador", "influencer", "partner"];

    /// <summary>Disclosure markers accepted by default (English hashtags; French wording required since 2023 for paid influence).</summary>
    public static ImmutableArray<string> DefaultDisclosureMarkers { get; } =
        ["#ad", "#sponsored", "#employee", "#partner", "#partenariat", "Publicité", "Collaboration commerciale", "Partenariat rémunéré"];

    /// <summary>Personas by name.</summary>
    public ImmutableDictionary<string, PersonaSettings> Personas { get; init; } = ImmutableDictionary<string, PersonaSettings>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Posts must declare a persona.</summary>
    public bool RequirePersona { get; init; }

    /// <summary>Posts must declare a message type.</summary>
    public bool RequireType { get; init; }

    /// <summary>Confidential terms and codenames.</summary>
    public ImmutableArray<string> ConfidentialTerms { get; init; } = [];

    /// <summary>Clients under NDA: never named.</summary>
    public ImmutableArray<string> NdaClients { get; init; } = [];

    /// <summary>Words around a confidential or embargoed term within which a figure is reported.</summary>
    public int FigureProximity { get; init; } = 8;

    /// <summary>Embargoed topics.</summary>
    public ImmutableArray<Embargo> Embargoes { get; init; } = [];

    /// <summary>Public contacts (addresses, numbers) that personal-data rules accept.</summary>
    public ImmutableArray<string> PiiAllow { get; init; } = [];

    /// <summary>Host names (globs such as <c>*.corp.example.com</c>) that are internal.</summary>
    public ImmutableArray<string> InternalHosts { get; init; } = [];

    /// <summary>Preferred terms per language (<c>fr</c>, <c>en</c>; <c>*</c> for every language): wrong → right.</summary>
    public ImmutableDictionary<string, ImmutableArray<KeyValuePair<string, string>>> Terminology { get; init; } = ImmutableDictionary<string, ImmutableArray<KeyValuePair<string, string>>>.Empty;

    /// <summary>Highest share of promotional posts per persona, channel and ISO week.</summary>
    public double PromoMaxShare { get; init; } = 0.2;

    /// <summary>Groups with fewer posts are not judged.</summary>
    public int PromoMinPosts { get; init; } = 3;

    /// <summary>Persona kinds whose promotional posts need a disclosure.</summary>
    public ImmutableArray<string> DisclosureKinds { get; init; } = DefaultDisclosureKinds;

    /// <summary>Accepted disclosure markers.</summary>
    public ImmutableArray<string> DisclosureMarkers { get; init; } = DefaultDisclosureMarkers;

    /// <summary>Upper-case words that are not shouting (acronyms).</summary>
    public ImmutableArray<string> Acronyms { get; init; } = [];

    /// <summary>No-break space used by typography fixes: <c>auto</c> (U+00A0 on X, U+202F elsewhere), <c>narrow</c> or <c>regular</c>.</summary>
    public string NoBreakSpace { get; init; } = "auto";
}

/// <summary>A topic that may not be published before a date.</summary>
/// <param name="Term">The term (matched like confidential terms).</param>
/// <param name="Until">The first moment it may be published.</param>
/// <param name="Span">Where it is declared in the configuration.</param>
public sealed record Embargo(string Term, DateTimeOffset Until, TextSpan Span);
