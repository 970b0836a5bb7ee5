using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting.Api;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Runs a loaded <c>level: run</c> script as a <see cref="BatchRule"/>: one call with every post checked
/// under the configuration, under the budget of that many posts. Reports are kept until the call
/// finishes; a call stopped by its budget reports CL0034 once, on the first post of the run.
/// Exceptions become CL0030. Trusted scripts (the shipped pack) run without a budget.
/// </summary>
public sealed class ScriptBatchRule : BatchRule, IDisposable
{
    private readonly LoadedScript _script;
    private readonly ScriptHeader _header;
    private readonly ScriptConfiguration _limits;
    private readonly bool _trusted;
    private readonly RuleOptions _options;

    /// <summary>A rule running the run-level <paramref name="script"/>.</summary>
    /// <param name="script">The loaded script.</param>
    /// <param name="header">Its header (<c>level: run</c>).</param>
    /// <param name="limits">The configured per-post budget.</param>
    /// <param name="trusted">True runs without a budget (the shipped pack).</param>
    public ScriptBatchRule(LoadedScript script, ScriptHeader header, ScriptConfiguration limits, bool trusted = false)
    {
        _script = script;
        _header = header;
        _limits = limits;
        _trusted = trusted;
        _options = new RuleOptions(header.Options);
    }

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => _header.Descriptor;

    /// <summary>The loaded script.</summary>
    public LoadedScript Script => _script;

    /// <inheritdoc />
    public override void Check(BatchRuleContext context)
    {
        var reports = new List<PendingReport>();
        var posts = context.Documents.Sum(d => d.Posts.Length);
        var exceeded = ScriptBudgetScope.Run(_limits, posts, _trusted, () => ScriptSynchronizationContext.Run(() =>
            ((IRunScript)_script.CreateInstance()).Check(new RunScriptContext(context.Documents, context.Configuration.Policy, context.Channels, _options, reports))));
        if (exceeded is { } kind)
        {
            if (context.Documents.FirstOrDefault(d => d.Posts.Length > 0) is { } first)
            {
                var post = first.Posts[0];
                context.ReportAs(first, post, ScriptRules.RuleOverBudget, post.Span, ("rule", Descriptor.Id), ("budget", ScriptBudgetScope.Describe(kind, _limits)), ("post", post.Id));
            }

            return;
        }

        foreach (var report in reports)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ScriptReports.Flush(context, report);
        }
    }

    /// <summary>Unloads the script.</summary>
    public void Dispose() => _script.Dispose();
}
