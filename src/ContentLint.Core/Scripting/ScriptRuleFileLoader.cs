using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules.Engine;
using ContentLint.Core.Rules.Loading;

namespace ContentLint.Core.Scripting;

/// <summary>Loads <c>.csx</c> script rules: reads the header, then compiles (or takes from the cache) and loads the script.</summary>
public sealed class ScriptRuleFileLoader(ScriptLoader loader) : IRuleFileLoader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".csx"];

    /// <inheritdoc />
    public bool RunsCode => true;

    /// <summary>The loader that compiles and caches scripts.</summary>
    public ScriptLoader Loader => loader;

    /// <inheritdoc />
    public RuleFileLoadResult Load(SourceDocument file, RuleLoadContext context)
    {
        var header = ScriptHeaderReader.Read(file);
        if (header.Header is not { } metadata)
        {
            return RuleFileLoadResult.Failed(header.Diagnostics);
        }

        var loaded = loader.Load(file, metadata.Level);
        if (loaded.Script is not { } script)
        {
            return new RuleFileLoadResult(null, [.. loaded.Problems.Select(ToDiagnostic)], metadata.IdSpan);
        }

        if (metadata.Level == ScriptLevel.Run)
        {
            return new RuleFileLoadResult(null, [], metadata.IdSpan, new ScriptBatchRule(script, metadata, context.Configuration.Scripts));
        }

        var rule = new ScriptPostRule(script, metadata, context.Configuration.Scripts);
        rule.WarmUp();
        return new RuleFileLoadResult(rule, ImmutableArray<Diagnostic>.Empty, metadata.IdSpan);
    }

    private static Diagnostic ToDiagnostic(ScriptProblem problem) => problem.Kind switch
    {
        ScriptProblemKind.ForbiddenApi => Diagnostic.Create(ScriptRules.ScriptForbiddenApi, problem.Span, ("symbol", problem.Symbol), ("reason", problem.Message)),
        _ => Diagnostic.Create(ScriptRules.ScriptCompileError, problem.Span, ("problem", problem.Message)),
    };
}
