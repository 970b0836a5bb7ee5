using System.Collections.Concurrent;
using ContentLint.Core.Configuration;
using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Loading;
using ContentLint.Core.Scripting;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Host;

/// <summary>
/// The rule host's side of the pipe: loads user scripts with the in-process machinery (compiler,
/// sandbox, cache, budgets — the first line of defence) and runs them on the batches it is sent.
/// Anything that gets past that line ends this process, not the parent's.
/// </summary>
/// <param name="settings">How scripts are compiled and cached (the parent's own settings).</param>
internal sealed class RuleHostService(ScriptSettings settings) : IRuleHost
{
    private static readonly RuleCatalog EngineRulesOnly = new(RuleCatalog.EngineRules);
    private readonly ScriptLoader _scripts = new(settings);
    private readonly ConcurrentDictionary<string, HostSession> _sessions = new(StringComparer.Ordinal);
    private ScriptRuleFileLoader Loader => new(_scripts, warmUp: false);

    /// <inheritdoc />
    public Task ConfigureAsync(HostSetup setup)
    {
        // The host never builds the shipped rules (the parent runs them): scripts see the same policy with
        // any catalog, which only decides which severity: entries are kept, and the host applies none.
        var directory = setup.Root ?? Path.GetDirectoryName(setup.ConfigPath)!;
        var configuration = setup switch
        {
            { Root: null } => ConfigurationCascadeLoader.Load(setup.ConfigPath, EngineRulesOnly, path => path).Configuration,
            { Yaml: null } => LintConfiguration.CreateDefault(directory),
            { Yaml: { } yaml } => ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", yaml), directory, EngineRulesOnly).Configuration,
        };
        _sessions.AddOrUpdate(setup.ConfigPath, _ => new HostSession(configuration), (_, old) =>
        {
            old.Dispose();
            return new HostSession(configuration);
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ScriptLoadReply> LoadAsync(ScriptFile file) => Task.Run(() => Keep(file, Compile(file)).Reply);

    /// <inheritdoc />
    public Task<ScriptLoadReply[]> LoadManyAsync(ScriptFile[] files) => Task.Run(() =>
    {
        // Compiled (or read from the cache) on every core, kept in file order, then warmed up on every core.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var compiled = new RuleFileLoadResult[files.Length];
        Parallel.For(0, files.Length, cores, i => compiled[i] = Compile(files[i]));
        var kept = files.Select((file, i) => Keep(file, compiled[i])).ToArray();
        Parallel.ForEach(kept.Select(k => k.Rule as ScriptPostRule).OfType<ScriptPostRule>(), cores, rule => rule.WarmUp());
        return kept.Select(k => k.Reply).ToArray();
    });

    /// <inheritdoc />
    public Task WarmUpAsync(string config, string ruleId) => Task.Run(() => (Session(config).PostRule(ruleId) as ScriptPostRule)?.WarmUp());

    /// <inheritdoc />
    public Task<WireDiagnostic[]> CheckAsync(PostBatch batch) => Task.Run(() => Check(batch));

    /// <inheritdoc />
    public Task<WireDiagnostic[][]> CheckManyAsync(PostBatch[] batches) => Task.Run(() =>
    {
        // On every core, as the parent's workers would have run them one call each; a lone document (the
        // language server's, most often) on this thread, without waking a worker for nothing.
        if (batches.Length == 1)
        {
            return [Check(batches[0])];
        }

        var found = new WireDiagnostic[batches.Length][];
        Parallel.For(0, batches.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => found[i] = Check(batches[i]));
        return found;
    });

    /// <inheritdoc />
    public Task<WireDiagnostic[]> CheckRunAsync(RunBatch batch) => Task.Run(() =>
    {
        var session = Session(batch.Config);
        var rule = session.BatchRule(batch.Rule);
        var analyses = batch.Documents.Select(d => new FileAnalysis(d.Source, d, [])).ToList();
        var linter = new Linter(session.Configuration, [], [rule]);
        return linter.RunBatch(analyses).SelectMany((analysis, i) => analysis.Diagnostics.Select(d => WireCodec.ToWire(d, i))).ToArray();
    });

    /// <inheritdoc />
    public Task<HostStats> StatsAsync() =>
        Task.FromResult(new HostStats(_scripts.Compiled, _scripts.CacheHits, _scripts.CompilerLoaded, _scripts.Cache.Directory));

    private WireDiagnostic[] Check(PostBatch batch)
    {
        var session = Session(batch.Config);
        var rules = batch.Rules.ToHashSet(StringComparer.Ordinal);
        session.RequireLoaded(rules);
        return [.. session.Linter.CheckPosts(batch.Document, batch.Posts, rules).Select(d => WireCodec.ToWire(d))];
    }

    private RuleFileLoadResult Compile(ScriptFile file) =>
        Loader.Load(new SourceDocument(file.Path, file.Text), new RuleLoadContext(Session(file.Config).Configuration, ScriptsEnabled: true));

    /// <summary>Keeps a compiled rule in its session; the reply, and the per-post rule when it was kept.</summary>
    private (ScriptLoadReply Reply, PostRule? Rule) Keep(ScriptFile file, RuleFileLoadResult result)
    {
        var loaded = Session(file.Config).Add(result.Rule, result.BatchRule);
        return (new ScriptLoadReply(loaded, [.. result.Diagnostics.Select(d => WireCodec.ToWire(d))]), loaded ? result.Rule : null);
    }

    private HostSession Session(string config) =>
        _sessions.TryGetValue(config, out var session) ? session : throw new InvalidOperationException($"The rule host was not configured with {config}.");
}
