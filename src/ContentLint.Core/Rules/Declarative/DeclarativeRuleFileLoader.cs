using ContentLint.Core.Documents;
using ContentLint.Core.Rules.Loading;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>Loads declarative rule files (<c>.yaml</c>/<c>.yml</c>; <c>*.cases.yaml</c> fixtures are skipped by the pack loader).</summary>
public sealed class DeclarativeRuleFileLoader : IRuleFileLoader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    /// <inheritdoc />
    public bool RunsCode => false;

    /// <inheritdoc />
    public RuleFileLoadResult Load(SourceDocument file, RuleLoadContext context)
    {
        var (definition, diagnostics) = DeclarativeRuleParser.Parse(file);
        return definition switch
        {
            null => RuleFileLoadResult.Failed(diagnostics),
            { Kind: DeclarativeKind.Ratio } => new RuleFileLoadResult(null, diagnostics, definition.IdSpan, new RatioRule(definition)),
            _ => new RuleFileLoadResult(new DeclarativeRule(definition), diagnostics, definition.IdSpan),
        };
    }
}
