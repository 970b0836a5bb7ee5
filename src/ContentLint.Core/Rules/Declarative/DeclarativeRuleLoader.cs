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

    /// <summary>The runnable rule of a parsed definition: per post, or across posts (ratio rules).</summary>
    public static (PostRule? PostRule, BatchRule? BatchRule) Create(DeclarativeRuleDefinition definition)
    {
        if (definition.Kind == DeclarativeKind.Ratio)
        {
            return (null, new RatioRule(definition));
        }

        return (new DeclarativeRule(definition), null);
    }
}
