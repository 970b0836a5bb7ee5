using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Rules;

/// <summary>
/// The run step of a cross-post rule (<see cref="BatchRule.Decide"/>): the facts its per-post step
/// kept, from every file of the run (or of every shard), and where to report — at a fact's place.
/// </summary>
public sealed class FactDecideContext
{
    private readonly RuleDescriptor _rule;
    private readonly Action<PostFact, Diagnostic> _sink;

    internal FactDecideContext(RuleDescriptor rule, IReadOnlyList<PostFact> facts, LintConfiguration configuration, ChannelCatalog channels, Action<PostFact, Diagnostic> sink, CancellationToken cancellationToken)
    {
        _rule = rule;
        _sink = sink;
        Facts = facts;
        Configuration = configuration;
        Channels = channels;
        CancellationToken = cancellationToken;
    }

    /// <summary>The rule's facts, in file order (ordinal by path), then in the order they were kept.</summary>
    public IReadOnlyList<PostFact> Facts { get; }

    /// <summary>The configuration in force.</summary>
    public LintConfiguration Configuration { get; }

    /// <summary>Channels known in this configuration.</summary>
    public ChannelCatalog Channels { get; }

    /// <summary>Cancelled when the run is abandoned.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports on the post of <paramref name="fact"/>, at its place, with the rule's message.</summary>
    public void Report(PostFact fact, params (string Name, object? Value)[] args) =>
        _sink(fact, Diagnostic.Create(_rule, fact.At, args) with { PostId = fact.PostId });

    /// <summary>Reports an engine finding (such as a script over budget) on behalf of the rule, at <paramref name="fact"/>.</summary>
    internal void ReportAs(PostFact fact, RuleDescriptor engineRule, params (string Name, object? Value)[] args) =>
        _sink(fact, Diagnostic.Create(engineRule, fact.At, args) with { PostId = fact.PostId });
}
