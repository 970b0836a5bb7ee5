using StreamJsonRpc;

namespace ContentLint.RuleHost.Protocol;

/// <summary>
/// What the rule host process answers over its pipe (MessagePack over stdin/stdout). One host serves
/// one parent; it loads user scripts (compiling them, or taking them from the cache) and runs them on
/// batches of posts. The parent never trusts it to stay alive: every call has a deadline.
/// </summary>
[JsonRpcContract]
public partial interface IRuleHost
{
    /// <summary>Reads the configuration the scripts run with (again: its scripts are forgotten); before any call that names it.</summary>
    Task ConfigureAsync(HostSetup setup);

    /// <summary>Compiles (or takes from the cache) and loads one script rule; returns its findings on the script file.</summary>
    Task<ScriptLoadReply> LoadAsync(ScriptFile file);

    /// <summary>
    /// Loads several script rules (in this order: the first of an ID keeps it) and warms up each
    /// per-post one that loaded, in one round trip; each file's reply, in order.
    /// </summary>
    Task<ScriptLoadReply[]> LoadManyAsync(ScriptFile[] files);

    /// <summary>Runs a loaded per-post script once on a sample post, so that JIT compilation is not charged to a real post.</summary>
    Task WarmUpAsync(string config, string ruleId);

    /// <summary>Runs per-post script rules on posts of one document.</summary>
    Task<WireDiagnostic[]> CheckAsync(PostBatch batch);

    /// <summary>Runs per-post script rules on several documents in one round trip; the findings of each, in order.</summary>
    Task<WireDiagnostic[][]> CheckManyAsync(PostBatch[] batches);

    /// <summary>Runs one run-level script rule over documents.</summary>
    Task<WireDiagnostic[]> CheckRunAsync(RunBatch batch);

    /// <summary>How the host obtained its scripts (<c>CONTENTLINT_TRACE</c>).</summary>
    Task<HostStats> StatsAsync();
}
