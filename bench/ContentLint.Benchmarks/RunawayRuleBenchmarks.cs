using BenchmarkDotNet.Attributes;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Loading;
using ContentLint.Core.Scripting;

namespace ContentLint.Benchmarks;

/// <summary>
/// How long a runaway script rule (<c>while (true) { }</c>, 100 ms budget) takes to be stopped and
/// reported as CL0034: the figure the runaway tests used to assert with a stopwatch (under 1 s),
/// which fails on a loaded machine. Expect the budget plus a few milliseconds. A rule over budget is
/// disabled for the rest of its run, so each invocation loads a fresh rule (from the compiled cache).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 10, invocationCount: 1)]
public class RunawayRuleBenchmarks
{
    private const string Script = "/*---\nid: BENCH001\nname: runaway\ntitle: Never ends.\nseverity: warning\nmessage: \"{message}\"\n---*/\nwhile (true) { }\n";
    private readonly SourceDocument _post = new("post.md", "---\nchannel: linkedin\n---\nA post.\n");
    private readonly LintConfiguration _config = LintConfiguration.CreateDefault(Path.GetTempPath()) with { Scripts = new ScriptConfiguration { BudgetMs = 100 } };
    private ScriptLoader _scripts = null!;
    private PostRule _rule = null!;

    [GlobalSetup]
    public void Setup() => _scripts = new ScriptLoader(new ScriptSettings { CacheDirectory = Path.Combine(Path.GetTempPath(), "contentlint-bench-cache") });

    [IterationSetup]
    public void LoadFreshRule()
    {
        var loaded = new ScriptRuleFileLoader(_scripts).Load(new SourceDocument("runaway.csx", Script), new RuleLoadContext(_config, ScriptsEnabled: true));
        _rule = loaded.Rule ?? throw new InvalidOperationException("The runaway script did not compile.");
    }

    [IterationCleanup]
    public void Unload() => ((IDisposable)_rule).Dispose();

    [Benchmark]
    public int StopRunawayLoop() =>
        new Linter(_config, [_rule]).Lint(_post).Findings.Count(f => f.RuleId == "CL0034");
}
