using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>A <c>level: text</c> or <c>level: post</c> script rule that runs in the rule host (with the others of its <see cref="HostedScriptGroup"/>).</summary>
/// <param name="descriptor">The rule's metadata, from its header (read in this process).</param>
/// <param name="group">The group that runs it.</param>
/// <param name="loading">
/// While the host still loads its script (a <c>check</c> does not wait for it to start): true once it is
/// loaded, false when it failed (reported on its file, and the rule never runs). Null: loaded.
/// </param>
internal sealed class HostedScriptRule(RuleDescriptor descriptor, HostedScriptGroup group, Task<bool>? loading = null) : GroupedPostRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => descriptor;

    /// <summary>True once the script is loaded in the host; false when it could not be (see the constructor).</summary>
    public Task<bool> Loaded { get; } = loading ?? Task.FromResult(true);

    /// <inheritdoc />
    public override PostRuleGroup Group => group;
}

/// <summary>
/// A <c>level: run</c> script rule that runs in the rule host over every file of the run. If the
/// host dies or hangs on it — alone, not beside another call that may have killed it — CL0030/CL0034
/// is reported on the first post of the run and the rule is not run again.
/// </summary>
/// <param name="descriptor">The rule's metadata.</param>
/// <param name="client">The host.</param>
/// <param name="config">The configuration's full path.</param>
/// <param name="limits">Its script budget.</param>
internal sealed class HostedRunRule(RuleDescriptor descriptor, RuleHostClient client, string config, ScriptConfiguration limits) : BatchRule
{
    private volatile bool _disabled;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => descriptor;

    /// <inheritdoc />
    public override void Check(BatchRuleContext context)
    {
        var documents = context.Documents;
        if (_disabled || documents.FirstOrDefault(d => !d.Posts.IsEmpty) is not { } first)
        {
            return;
        }

        var batch = new RunBatch(config, descriptor.Id, [.. documents]);
        var deadline = RuleHostLimits.Deadline(limits.Budget, documents.Sum(d => d.Posts.Length));
        var (found, failure) = client.Alone(() => client.Call(config, [descriptor.Id], h => h.CheckRunAsync(batch), deadline, context.CancellationToken));
        if (found is null)
        {
            _disabled = true;
            client.Forget(config, descriptor.Id);
            var post = first.Posts[0];
            context.Add(first, HostFaults.Describe(failure!, descriptor, post.Span, "(all posts)", limits) with { PostId = post.Id });
            return;
        }

        foreach (var wire in found)
        {
            var rule = wire.Rule == descriptor.Id ? descriptor : RuleCatalog.EngineRules.First(r => r.Id == wire.Rule);
            context.Add(documents[wire.Document], WireCodec.FromWire(wire, rule));
        }
    }
}
