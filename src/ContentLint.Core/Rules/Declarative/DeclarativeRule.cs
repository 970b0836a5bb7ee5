using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
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

    private TimedOut? _timedOut;

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

        if (Volatile.Read(ref _timedOut) is { } over)
        {
            if (over.Path == context.Document.Source.Path && over.PostId == context.Post.Id)
            {
                ReportTimeout(context);
            }

            return;
        }

        var segments = ScopeSegments.For(context, Definition);
        try
        {
            if (segments.Count > 0 || Definition.Kind == DeclarativeKind.Occurrence)
            {
                Checks[Definition.Kind].Check(context, Definition, segments);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Like a script over its budget: reported once, on the post at fault; the rule is off for the rest of the run.
            if (Interlocked.CompareExchange(ref _timedOut, new TimedOut(context.Document.Source.Path, context.Post.Id), null) is null)
            {
                ReportTimeout(context);
            }
        }
    }

    private void ReportTimeout(PostRuleContext context) =>
        context.ReportAs(ScriptRules.RuleOverBudget, context.Post.Span, ("rule", Descriptor.Id), ("budget", PatternBudget), ("post", context.Post.Id));

    private static LocalizedString PatternBudget { get; } = new(
        string.Create(CultureInfo.InvariantCulture, $"pattern time budget ({PatternLimits.MatchTimeout.TotalMilliseconds} ms)"),
        string.Create(CultureInfo.InvariantCulture, $"budget de temps du motif ({PatternLimits.MatchTimeout.TotalMilliseconds} ms)"));

    private sealed record TimedOut(string Path, string PostId);
}
