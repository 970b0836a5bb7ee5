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
        if (definition is null)
        {
            return RuleFileLoadResult.Failed(diagnostics);
        }

        var (postRule, batchRule) = DeclarativeRuleLoader.Create(definition);
        return new RuleFileLoadResult(postRule, diagnostics, definition.IdSpan, batchRule);
    }
}
