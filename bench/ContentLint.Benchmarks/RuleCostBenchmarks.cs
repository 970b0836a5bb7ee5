using BenchmarkDotNet.Attributes;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Rules.Loading;
using ContentLint.Core.Scripting;
using ContentLint.TestKit;

namespace ContentLint.Benchmarks;

/// <summary>
/// Per-post cost of one rule: a calendar of 1,000 real posts (parsed once) is checked by a linter
/// holding no rule (baseline), a typical script rule (docs/examples/scripts, compiled once outside
/// the measurement) or a declarative term rule. Rule cost = method − baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class RuleCostBenchmarks
{
    private const int Posts = 1_000;
    private readonly List<SourceDocument> _calendars = [];
    private Linter _none = null!;
    private Linter _script = null!;
    private Linter _declarative = null!;
    private RulePack? _pack;

    [GlobalSetup]
    public void Setup()
    {
        var posts = RealPosts.Load(Posts);
        for (var i = 0; i < posts.Length; i += 50)
        {
            var entries = posts.Skip(i).Take(50).Select((p, k) => $"  - id: p{i + k}\n    channel: linkedin\n    text: \"{Escape(p)}\"\n");
            _calendars.Add(new SourceDocument($"c{i}.posts.yaml", "posts:\n" + string.Concat(entries)));
        }

        var config = LintConfiguration.CreateDefault(Path.GetTempPath());
        var examples = Path.Combine(RepoPaths.Root, "docs", "examples");
        var scripts = new ScriptLoader(new ScriptSettings { CacheDirectory = Path.Combine(Path.GetTempPath(), "contentlint-bench-cache") });
        var scriptFile = Directory.EnumerateFiles(Path.Combine(examples, "scripts"), "*.csx").Order(StringComparer.Ordinal).First();
        var loaded = new ScriptRuleFileLoader(scripts).Load(new SourceDocument(scriptFile, File.ReadAllText(scriptFile)), new RuleLoadContext(config, ScriptsEnabled: true));
        var declarativeFile = Path.Combine(examples, "declarative", "ACME001.competitor-names.yaml");
        var (declarative, _, _) = DeclarativeRuleLoader.Load(new SourceDocument(declarativeFile, File.ReadAllText(declarativeFile)));

        _none = new Linter(config, []);
        _script = new Linter(config, [loaded.Rule ?? throw new InvalidOperationException("The example script did not compile.")]);
        _declarative = new Linter(config, [declarative!]);
        _pack = new RulePack([loaded.Rule], []);
    }

    [GlobalCleanup]
    public void Cleanup() => _pack?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Posts)]
    public int NoRule() => Run(_none);

    [Benchmark(OperationsPerInvoke = Posts)]
    public int ScriptRule() => Run(_script);

    [Benchmark(OperationsPerInvoke = Posts)]
    public int DeclarativeTermRule() => Run(_declarative);

    private int Run(Linter linter) => _calendars.Sum(c => linter.Analyze(c).Diagnostics.Length);

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
