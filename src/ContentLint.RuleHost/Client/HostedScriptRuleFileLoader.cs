using System.Runtime.CompilerServices;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Loading;
using ContentLint.Core.Scripting;
using ContentLint.Core.Text;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// Loads <c>.csx</c> script rules into the rule host: the header is read here (it names the rule),
/// the script is compiled and run there. This process never loads the compiler or a user's code.
/// A script whose compilation kills the host or outlasts <see cref="RuleHostLimits.CompileBudget"/>
/// is CL0031 at its ID; one whose warm-up run does is CL0030/CL0034 there, and is not loaded.
/// </summary>
/// <param name="client">The host (started on the first script).</param>
/// <param name="setup">The configuration the host runs scripts with, when it is not the loading context's configuration file (a rule case's).</param>
/// <param name="loadInBackground">
/// True for a <c>check</c>: a per-post script that the host is loading (<see cref="Prepare"/>) is given
/// its rule at once, and the run starts while the host starts, loads and warms up the scripts (a third
/// of a second that the files' own rules put to use); the rule waits for its script before its first
/// document, and a script that fails to load is reported on its file after the run
/// (<see cref="LateReports"/>), as if it had failed here. Not for a script that replaces a shipped
/// rule: whether the shipped rule runs depends on the load, so that one is waited for.
/// </param>
public sealed class HostedScriptRuleFileLoader(RuleHostClient client, HostSetup? setup = null, bool loadInBackground = false) : IRuleFileLoader
{
    private readonly ConditionalWeakTable<RuleLoadContext, HostedScriptGroup> _groups = [];
    private readonly ConditionalWeakTable<RuleLoadContext, List<(SourceDocument File, Task<RuleFileLoadResult> Load)>> _loading = [];

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".csx"];

    /// <inheritdoc />
    public bool RunsCode => true;

    /// <inheritdoc />
    public RuleFileLoadResult Load(SourceDocument file, RuleLoadContext context)
    {
        var header = ScriptHeaderReader.Read(file);
        if (header.Header is not { } metadata)
        {
            return RuleFileLoadResult.Failed(header.Diagnostics);
        }

        var (config, group) = Group(context);
        var rule = metadata.Descriptor;
        var perPost = metadata.Level != ScriptLevel.Run;
        var script = new ScriptFile(config, file.Path, file.Text);
        if (loadInBackground && perPost && client.IsPreloading(script) && !context.IsShippedId(rule.Id))
        {
            var load = LoadLater(script, metadata, group, context);
            var loading = _loading.GetOrCreateValue(context);
            lock (loading)
            {
                loading.Add((file, load));
            }

            return new RuleFileLoadResult(new HostedScriptRule(rule, group, LoadedAsync(load)), [], metadata.IdSpan);
        }

        if (client.Preloaded(script, rule.Id, perPost) is { } preloaded)
        {
            return Result(preloaded, metadata, group, context);
        }

        return LoadAlone(script, metadata, group, context);
    }

    /// <inheritdoc />
    public IReadOnlyList<RuleFileReport> LateReports(RuleLoadContext context)
    {
        if (!_loading.TryGetValue(context, out var loading))
        {
            return [];
        }

        (SourceDocument File, Task<RuleFileLoadResult> Load)[] loads;
        lock (loading)
        {
            loads = [.. loading];
        }

        return [.. loads.Select(l => (l.File, Result: l.Load.GetAwaiter().GetResult())).Where(l => !l.Result.Diagnostics.IsEmpty)
            .Select(l => new RuleFileReport(l.File, l.Result.Diagnostics))];
    }

    /// <summary>The preloaded reply, awaited; a script the shared call did not load is loaded alone (which finds a script at fault).</summary>
    private async Task<RuleFileLoadResult> LoadLater(ScriptFile script, ScriptHeader metadata, HostedScriptGroup group, RuleLoadContext context)
    {
        var preloaded = await client.PreloadedAsync(script, metadata.Descriptor.Id, warmUp: true).ConfigureAwait(false);
        return preloaded is not null ? Result(preloaded, metadata, group, context) : await Task.Run(() => LoadAlone(script, metadata, group, context)).ConfigureAwait(false);
    }

    private static async Task<bool> LoadedAsync(Task<RuleFileLoadResult> load) => (await load.ConfigureAwait(false)).Rule is not null;

    /// <summary>Loads (and warms up) one script in a call of its own.</summary>
    private RuleFileLoadResult LoadAlone(ScriptFile script, ScriptHeader metadata, HostedScriptGroup group, RuleLoadContext context)
    {
        var rule = metadata.Descriptor;
        var config = script.Config;
        var perPost = metadata.Level != ScriptLevel.Run;
        var (reply, failure) = client.Load(script, rule.Id, perPost);
        if (reply is null)
        {
            return new RuleFileLoadResult(null, [CompileFailure(failure!, metadata.IdSpan)], metadata.IdSpan);
        }

        if (perPost && reply.Loaded && reply.Diagnostics.Length == 0 && client.WarmUp(config, rule.Id) is { } warmUpFailure)
        {
            client.Forget(config, rule.Id);
            return new RuleFileLoadResult(null, [HostFaults.Describe(warmUpFailure, rule, metadata.IdSpan, "(warm-up)", context.Configuration.Scripts)], metadata.IdSpan);
        }

        return Result(reply, metadata, group, context);
    }

    /// <summary>Sends every script file with a valid header to the host in one call (<see cref="RuleHostClient.Preload"/>), before they are loaded one by one.</summary>
    public void Prepare(IReadOnlyList<SourceDocument> files, RuleLoadContext context)
    {
        var (config, _) = Group(context);
        var scripts = files.Select(f => (File: f, Header: ScriptHeaderReader.Read(f).Header)).Where(f => f.Header is not null)
            .Select(f => (new ScriptFile(config, f.File.Path, f.File.Text), f.Header!.Descriptor.Id, f.Header.Level != ScriptLevel.Run)).ToList();
        client.Preload(scripts);
    }

    /// <summary>The configuration's path and the group of its per-post scripts (the host is configured for it once per loading context).</summary>
    private (string Config, HostedScriptGroup Group) Group(RuleLoadContext context)
    {
        var config = setup?.ConfigPath ?? context.ConfigPath ?? throw new InvalidOperationException("Script rules run in the rule host, which needs the configuration file's path.");
        return (config, _groups.GetValue(context, c =>
        {
            client.Configure(setup ?? new HostSetup(config));
            return new HostedScriptGroup(client, config, c.Configuration.Scripts);
        }));
    }

    /// <summary>The rule of a loaded (and warmed-up) script, or its findings.</summary>
    private RuleFileLoadResult Result(ScriptLoadReply reply, ScriptHeader metadata, HostedScriptGroup group, RuleLoadContext context)
    {
        var diagnostics = WireCodec.FromWire(reply.Diagnostics, id => RuleCatalog.EngineRules.First(r => r.Id == id));
        if (!diagnostics.IsEmpty)
        {
            return new RuleFileLoadResult(null, diagnostics, metadata.IdSpan);
        }

        return metadata.Level == ScriptLevel.Run
            ? new RuleFileLoadResult(null, [], metadata.IdSpan, new HostedRunRule(metadata.Descriptor, client, group.Config, context.Configuration.Scripts))
            : new RuleFileLoadResult(new HostedScriptRule(metadata.Descriptor, group), [], metadata.IdSpan);
    }

    private static Diagnostic CompileFailure(HostFailure failure, TextSpan span) => Diagnostic.Create(ScriptRules.ScriptCompileError, span, ("problem", failure.Kind switch
    {
        HostFailureKind.TimedOut => $"compiling it took longer than {RuleHostLimits.CompileBudget.TotalSeconds:0} s, so it was stopped",
        _ => $"the compiler could not finish: {failure.Detail}",
    }));
}
