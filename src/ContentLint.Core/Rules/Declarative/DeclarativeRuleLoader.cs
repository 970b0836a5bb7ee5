using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>Turns a declarative rule file into a runnable rule: a <see cref="DeclarativeRule"/> per post, or a <see cref="RatioRule"/> across posts.</summary>
public static class DeclarativeRuleLoader
{
    /// <summary>Loads <paramref name="source"/>; both rules are null when the file has errors (see the diagnostics).</summary>
    public static (PostRule? PostRule, BatchRule? BatchRule, ImmutableArray<Diagnostic> Diagnostics) Load(SourceDocument source)
    {
        var (definition, diagnostics) = DeclarativeRuleParser.Parse(source);
        if (definition is null)
        {
            return (null, null, diagnostics);
        }

        var (postRule, batchRule) = Create(definition);
        return (postRule, batchRule, diagnostics);
    }

    /// <summary>The runnable rule of a parsed definition: per post, or across posts (ratio and batch checks).</summary>
    public static (PostRule? PostRule, BatchRule? BatchRule) Create(DeclarativeRuleDefinition definition)
    {
        if (definition.Kind == DeclarativeKind.Ratio)
        {
            return (null, new RatioRule(definition));
        }

        if (definition.Kind != DeclarativeKind.Builtin)
        {
            return (new DeclarativeRule(definition), null);
        }

        return BuiltInChecks.BuiltInCheckCatalog.FindPostCheck(definition.CheckName!) is { } check
            ? (new BuiltInChecks.BuiltInCheckRule(definition, check, definition.Options), null)
            : (null, new BuiltInChecks.BuiltInBatchCheckRule(definition, BuiltInChecks.BuiltInCheckCatalog.FindBatchCheck(definition.CheckName!)!, definition.Options));
    }
}
