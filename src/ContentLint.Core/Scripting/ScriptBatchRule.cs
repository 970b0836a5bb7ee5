using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting.Api;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Runs a loaded <c>level: run</c> script as a <see cref="BatchRule"/>. A script with a per-post step
/// (<c>Collect</c>) works from facts: each post's step runs under the budget of one post, the run step
/// under the budget of that many facts. A script without one is called once with every post of the run,
/// under the budget of that many posts. Reports are kept until a call finishes; a call stopped by its
/// budget reports CL0034 once (on its post, or on the first post of the run). Exceptions become CL0030.
/// Trusted scripts (the shipped pack) run without a budget.
/// </summary>
public sealed class ScriptBatchRule : BatchRule, IDisposable
{
    private readonly LoadedScript _script;
    private readonly ScriptHeader _header;
    private readonly ScriptConfiguration _limits;
    private readonly bool _trusted;
    private readonly RuleOptions _options;
    private readonly Lazy<bool> _collectsFacts;

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
        _collectsFacts = new(() => Instance().CollectsFacts);
    }

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => _header.Descriptor;

    /// <summary>The loaded script.</summary>
    public LoadedScript Script => _script;

    /// <inheritdoc />
    public override bool UsesFacts => _collectsFacts.Value;

    /// <inheritdoc />
    public override void Collect(FactCollectContext context)
    {
        var (kept, reported) = (new List<PostFact>(), new List<Diagnostic>());
        var exceeded = ScriptBudgetScope.Run(_limits, 1, _trusted, () => ScriptSynchronizationContext.Run(() => Instance().Collect(context.Buffered(kept, reported), _options)));
        if (exceeded is { } kind)
        {
            context.ReportAs(ScriptRules.RuleOverBudget, context.Post.Span, ("rule", Descriptor.Id), ("budget", ScriptBudgetScope.Describe(kind, _limits)), ("post", context.Post.Id));
            return;
        }

        context.Flush(kept, reported);
    }

    /// <inheritdoc />
    public override void Decide(FactDecideContext context)
    {
        if (context.Facts.Count == 0)
        {
            return; // A run step reports at facts: with none, it has nothing to say.
        }

        var reports = new List<(PostFact Fact, (string Name, object? Value)[] Args)>();
        var policy = context.Configuration.Policy;
        var exceeded = ScriptBudgetScope.Run(_limits, context.Facts.Count, _trusted, () => ScriptSynchronizationContext.Run(() =>
            Instance().Check(new RunScriptContext(context.Facts, policy, context.Channels, _options, reports))));
        if (exceeded is { } kind)
        {
            var first = context.Facts[0];
            context.ReportAs(first, ScriptRules.RuleOverBudget, ("rule", Descriptor.Id), ("budget", ScriptBudgetScope.Describe(kind, _limits)), ("post", first.PostId));
            return;
        }

        foreach (var (fact, args) in reports)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.Report(fact, args);
        }
    }

    /// <inheritdoc />
    public override void Check(BatchRuleContext context)
    {
        var pending = new List<(PostDocument Document, Diagnostic Diagnostic)>();
        var posts = context.Documents.Sum(d => d.Posts.Length);
        var exceeded = ScriptBudgetScope.Run(_limits, posts, _trusted, () => ScriptSynchronizationContext.Run(() =>
        {
            if (UsesFacts)
            {
                base.Check(context.Buffered((document, diagnostic) => pending.Add((document, diagnostic))));
                return;
            }

            var reports = new List<PendingReport>();
            Instance().Check(new RunScriptContext(context.Documents, context.Configuration.Policy, context.Channels, _options, reports));
            pending.AddRange(reports.Select(r => (r.Document, Diagnostic.Create(Descriptor, r.Span, r.Args).WithFix(r.SourceFix) with { PostId = r.Post.Id })));
        }));
        if (exceeded is { } kind)
        {
            if (context.Documents.FirstOrDefault(d => d.Posts.Length > 0) is { } first)
            {
                var post = first.Posts[0];
                context.ReportAs(first, post, ScriptRules.RuleOverBudget, post.Span, ("rule", Descriptor.Id), ("budget", ScriptBudgetScope.Describe(kind, _limits)), ("post", post.Id));
            }

            return;
        }

        foreach (var (document, diagnostic) in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.Add(document, diagnostic);
        }
    }

    /// <summary>Unloads the script.</summary>
    public void Dispose() => _script.Dispose();

    private IRunScript Instance() => (IRunScript)_script.CreateInstance();
}
