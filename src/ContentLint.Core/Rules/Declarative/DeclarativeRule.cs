using ContentLint.Core.Rules.Declarative.Checks;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>A declarative rule run on each post: filters, scope, then the check of its kind.</summary>
public sealed class DeclarativeRule : PostRule
{
    private static readonly Dictionary<DeclarativeKind, IDeclarativeCheck> Checks = new()
    {
        [DeclarativeKind.Existence] = new ExistenceCheck(),
        [DeclarativeKind.Substitution] = new SubstitutionCheck(),
        [DeclarativeKind.Occurrence] = new OccurrenceCheck(),
        [DeclarativeKind.Conditional] = new ConditionalCheck(),
    };

    /// <summary>Wraps a parsed definition (not of kind ratio, which runs across posts: <see cref="RatioRule"/>).</summary>
    public DeclarativeRule(DeclarativeRuleDefinition definition)
    {
        if (!Checks.ContainsKey(definition.Kind))
        {
            throw new ArgumentException($"Rules of kind {definition.Kind} are created by DeclarativeRuleLoader.Create.", nameof(definition));
        }

        Definition = definition;
    }

    /// <summary>The rule as read from its file.</summary>
    public DeclarativeRuleDefinition Definition { get; }

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Definition.Descriptor;

    /// <summary>The kinds that have a per-post check (every kind but ratio).</summary>
    internal static IReadOnlyCollection<DeclarativeKind> PostKinds => Checks.Keys;

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        if (!Definition.Filters.MatchesPost(context.Post))
        {
            return;
        }

        var segments = ScopeSegments.For(context, Definition);
        if (segments.Count > 0 || Definition.Kind == DeclarativeKind.Occurrence)
        {
            Checks[Definition.Kind].Check(context, Definition, segments);
        }
    }
}
