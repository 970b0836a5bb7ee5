using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules.Loading;

namespace ContentLint.Core.Scripting;

/// <summary>Loads <c>.csx</c> script rules: reads the header, then compiles (or takes from the cache) and loads the script.</summary>
/// <param name="loader">Compiles and caches scripts.</param>
/// <param name="warmUp">False leaves the warm-up run to the caller (the rule host runs it as a call of its own, under the parent's watchdog).</param>
public sealed class ScriptRuleFileLoader(ScriptLoader loader, bool warmUp = true) : IRuleFileLoader
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

        return CreateRule(script, metadata, context.Configuration.Scripts, warmUp);
    }

    /// <summary>
    /// The rule running a loaded script: the one place that turns a script and its header into a rule,
    /// for users' scripts and the shipped pack's compiled ones alike — a per-post rule for
    /// <c>level: text</c> and <c>level: post</c>, a batch rule for <c>level: run</c>.
    /// </summary>
    /// <param name="script">The loaded script.</param>
    /// <param name="header">Its header.</param>
    /// <param name="limits">The per-post budget.</param>
    /// <param name="warmUp">Run it once on a sample post first (see <see cref="ScriptPostRule.WarmUp"/>).</param>
    /// <param name="trusted">True runs it without a budget (the shipped pack compiled as trusted code).</param>
    public static RuleFileLoadResult CreateRule(LoadedScript script, ScriptHeader header, ScriptConfiguration limits, bool warmUp, bool trusted = false)
    {
        if (header.Level == ScriptLevel.Run)
        {
            return new RuleFileLoadResult(null, ImmutableArray<Diagnostic>.Empty, header.IdSpan, new ScriptBatchRule(script, header, limits, trusted));
        }

        var rule = new ScriptPostRule(script, header, limits, trusted);
        if (warmUp)
        {
            rule.WarmUp();
        }

        return new RuleFileLoadResult(rule, ImmutableArray<Diagnostic>.Empty, header.IdSpan);
    }

    private static Diagnostic ToDiagnostic(ScriptProblem problem) => problem.Kind switch
    {
        ScriptProblemKind.ForbiddenApi => Diagnostic.Create(ScriptRules.ScriptForbiddenApi, problem.Span, ("symbol", problem.Symbol), ("reason", problem.Message)),
        _ => Diagnostic.Create(ScriptRules.ScriptCompileError, problem.Span, ("problem", problem.Message)),
    };
}
