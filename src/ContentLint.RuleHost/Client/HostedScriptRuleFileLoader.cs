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
/// <param name="setup">The configuration the host parses posts with, when it is not the loading context's configuration file (a rule case's).</param>
public sealed class HostedScriptRuleFileLoader(RuleHostClient client, HostSetup? setup = null) : IRuleFileLoader
{
    private readonly ConditionalWeakTable<RuleLoadContext, HostedScriptGroup> _groups = [];

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

        var config = setup?.ConfigPath ?? context.ConfigPath ?? throw new InvalidOperationException("Script rules run in the rule host, which needs the configuration file's path.");
        var group = _groups.GetValue(context, c =>
        {
            client.Configure(setup ?? new HostSetup(config));
            return new HostedScriptGroup(client, config, c.Configuration.Scripts);
        });
        var rule = metadata.Descriptor;
        var perPost = metadata.Level != ScriptLevel.Run;
        var (reply, failure) = client.Load(new ScriptFile(config, file.Path, file.Text), rule.Id, perPost);
        if (reply is null)
        {
            return new RuleFileLoadResult(null, [CompileFailure(failure!, metadata.IdSpan)], metadata.IdSpan);
        }

        var diagnostics = WireCodec.FromWire(reply.Diagnostics, id => RuleCatalog.EngineRules.First(r => r.Id == id));
        if (!diagnostics.IsEmpty)
        {
            return new RuleFileLoadResult(null, diagnostics, metadata.IdSpan);
        }

        if (!perPost)
        {
            return new RuleFileLoadResult(null, [], metadata.IdSpan, new HostedRunRule(rule, client, config, context.Configuration.Scripts));
        }

        if (reply.Loaded && client.WarmUp(config, rule.Id) is { } warmUpFailure)
        {
            client.Forget(config, rule.Id);
            return new RuleFileLoadResult(null, [HostFaults.Describe(warmUpFailure, rule, metadata.IdSpan, "(warm-up)", context.Configuration.Scripts)], metadata.IdSpan);
        }

        return new RuleFileLoadResult(new HostedScriptRule(rule, group), [], metadata.IdSpan);
    }

    private static Diagnostic CompileFailure(HostFailure failure, TextSpan span) => Diagnostic.Create(ScriptRules.ScriptCompileError, span, ("problem", failure.Kind switch
    {
        HostFailureKind.TimedOut => $"compiling it took longer than {RuleHostLimits.CompileBudget.TotalSeconds:0} s, so it was stopped",
        _ => $"the compiler could not finish: {failure.Detail}",
    }));
}
