using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>A declarative rule as read from its YAML file.</summary>
public sealed record DeclarativeRuleDefinition
{
    /// <summary>The rule's metadata.</summary>
    public required RuleDescriptor Descriptor { get; init; }

    /// <summary>The kind, which decides the check.</summary>
    public required DeclarativeKind Kind { get; init; }

    /// <summary>The file the rule comes from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Where the ID is written in the file.</summary>
    public TextSpan IdSpan { get; init; }

    /// <summary>Posts the rule applies to.</summary>
    public RuleFilters Filters { get; init; } = RuleFilters.None;

    /// <summary>Part of the post searched.</summary>
    public RuleScope Scope { get; init; } = RuleScope.Text;

    /// <summary>Terms or pattern (existence, substitution, occurrence).</summary>
    public TextPattern? Pattern { get; init; }

    /// <summary>Occurrence: fewest matches.</summary>
    public int? Min { get; init; }

    /// <summary>Occurrence: most matches.</summary>
    public int? Max { get; init; }

    /// <summary>Occurrence: count per thread part instead of per post.</summary>
    public bool PerPart { get; init; }

    /// <summary>Conditional: the pattern that triggers the rule.</summary>
    public TextPattern? If { get; init; }

    /// <summary>Conditional: the pattern that must then be present.</summary>
    public TextPattern? Then { get; init; }

    /// <summary>Conditional: how <see cref="Then"/> is written, for messages.</summary>
    public string ThenDescription { get; init; } = string.Empty;

    /// <summary>Ratio: posts that count as matching.</summary>
    public RuleFilters? Match { get; init; }

    /// <summary>Ratio: grouping keys (<c>persona</c>, <c>channel</c>, <c>type</c>, <c>lang</c>, <c>week</c>).</summary>
    public ImmutableArray<string> GroupBy { get; init; } = [];

    /// <summary>Ratio: highest accepted share (0–1).</summary>
    public double MaxShare { get; init; }


    /// <summary>Ratio: groups with fewer posts are not judged.</summary>
    public int MinPosts { get; init; } = 1;
}
