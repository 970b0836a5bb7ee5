using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scoping;
using ContentLint.Core.Scripting.Api;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Runs a loaded <c>level: text</c> or <c>level: post</c> script as a <see cref="PostRule"/>: one rule
/// instance per thread, called once per text of the post (each thread part on each channel) or once
/// per post, all under one per-post budget. Reports are kept until the post is done, so a rule
/// stopped half-way reports nothing but CL0034; after that it is disabled for the run (the CL0034 is
/// reported again only when the same post is checked again, as <c>--fix</c> passes do). Exceptions
/// become CL0030. Trusted scripts (the shipped pack) run without a budget, like compiled rules.
/// </summary>
public sealed class ScriptPostRule : PostRule, IDisposable
{
    private readonly LoadedScript _script;
    private readonly ScriptHeader _header;
    private readonly ScriptConfiguration _limits;
    private readonly bool _trusted;
    private readonly RuleOptions _options;
    private readonly ThreadLocal<object?> _instances = new();
    private OverBudget? _overBudget;

    /// <summary>A rule running <paramref name="script"/> with the metadata of <paramref name="header"/> and the limits of <paramref name="limits"/>.</summary>
    /// <param name="script">The loaded script.</param>
    /// <param name="header">Its header.</param>
    /// <param name="limits">The configured budget.</param>
    /// <param name="trusted">True runs without a budget (the shipped pack).</param>
    public ScriptPostRule(LoadedScript script, ScriptHeader header, ScriptConfiguration limits, bool trusted = false)
    {
        if (header.Level == ScriptLevel.Run)
        {
            throw new ArgumentException("A run-level script is a ScriptBatchRule.", nameof(header));
        }

        _script = script;
        _header = header;
        _limits = limits;
        _trusted = trusted;
        _options = new RuleOptions(header.Options);
    }

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => _header.Descriptor;

    /// <summary>The loaded script (its load context is unloaded by <see cref="Dispose"/>).</summary>
    public LoadedScript Script => _script;

    /// <summary>Time the warm-up run may take (it includes JIT compilation, which no post should pay for).</summary>
    public static readonly TimeSpan WarmUpBudget = TimeSpan.FromSeconds(1);

    /// <summary>True once the rule went over budget in this run.</summary>
    public bool IsDisabled => Volatile.Read(ref _overBudget) is not null;

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        if (Volatile.Read(ref _overBudget) is { } over)
        {
            if (over.Path == context.Document.Source.Path && over.PostId == context.Post.Id)
            {
                ReportOverBudget(context, over.Kind);
            }

            return;
        }

        var textReports = new List<ScriptReport>();
        var postReports = new List<PendingReport>();
        var exceeded = ScriptBudgetScope.Run(_limits, 1, _trusted, () => ScriptSynchronizationContext.Run(() =>
            Invoke(_instances.Value ??= _script.CreateInstance(), context.Post, context.Document, context.Configuration, context.Channels, textReports, postReports, context.CancellationToken)));
        if (exceeded is { } kind)
        {
            if (Interlocked.CompareExchange(ref _overBudget, new OverBudget(context.Document.Source.Path, context.Post.Id, kind), null) is null)
            {
                ReportOverBudget(context, kind);
            }

            return;
        }

        foreach (var report in textReports)
        {
            if (report.Message is { } message)
            {
                context.ReportMessage(report.Text, report.Span, message, report.Fix);
            }
            else
            {
                context.Report(report.Text, report.Span, report.Fix, report.Args);
            }
        }

        foreach (var report in postReports)
        {
            ScriptReports.Flush(context, report);
        }
    }

    /// <summary>
    /// Runs the script once on each small sample post (English, French), with its own budget and its reports dropped, so
    /// that JIT-compiling the script and the API it calls (process-wide) is not charged to the first
    /// real post's budget — on a busy machine that alone can exceed 100 ms. Failures are left to the
    /// real runs, which report them.
    /// </summary>
    public void WarmUp()
    {
        var (document, configuration) = ScriptWarmUp.Sample();
        foreach (var post in document.Posts)
        {
            try
            {
                // The nominal budget stays the configured one (regexes built now take it as their timeout); only the clock is relaxed.
                ScriptBudgetScope.Run(_limits, 1, _trusted, () => ScriptSynchronizationContext.Run(() =>
                    Invoke(_script.CreateInstance(), post, document, configuration, new Channels.ChannelCatalog(configuration), [], [], CancellationToken.None)), WarmUpBudget);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The warm-up only compiles; what fails here fails again, and is reported, on a real post.
            }
        }
    }

    /// <summary>Releases the per-thread instances and unloads the script.</summary>
    public void Dispose()
    {
        _instances.Dispose();
        _script.Dispose();
    }

    private void Invoke(object instance, Post post, PostDocument document, LintConfiguration configuration, Channels.ChannelCatalog channels, List<ScriptReport> textReports, List<PendingReport> postReports, CancellationToken cancellationToken)
    {
        if (_header.Level == ScriptLevel.Post)
        {
            ((IPostScript)instance).Check(new PostScriptContext(post, document, configuration.Policy, channels, _options, postReports));
            return;
        }

        var rule = (IScriptRule)instance;
        var scriptPost = new ScriptPost(post);
        foreach (var (text, channel, index) in Texts(post))
        {
            cancellationToken.ThrowIfCancellationRequested();
            rule.Check(new ScriptContext(scriptPost, text, TextTokens.Of(text.Text, MethodOf(channels, channel)), channel, index, _options, textReports));
        }
    }

    private static IEnumerable<(MappedText Text, string? Channel, int Index)> Texts(Post post)
    {
        var any = false;
        foreach (var rendition in post.Renditions)
        {
            any = true;
            for (var i = 0; i < rendition.Parts.Length; i++)
            {
                yield return (rendition.Parts[i], rendition.Channel.Value.ToLowerInvariant(), i);
            }
        }

        if (!any)
        {
            for (var i = 0; i < post.Parts.Length; i++)
            {
                yield return (post.Parts[i], null, i);
            }
        }
    }

    /// <summary>The channel's counting method, which decides how links, hashtags and mentions are found; graphemes without a known channel.</summary>
    private static Channels.Counting.CountingMethod MethodOf(Channels.ChannelCatalog channels, string? channel) =>
        channel is not null && channels.Find(channel) is { } known ? known.Counter.Method : Channels.Counting.CountingMethod.Graphemes;

    private void ReportOverBudget(PostRuleContext context, ScriptBudgetKind kind) =>
        context.ReportAs(ScriptRules.RuleOverBudget, context.Post.Span, ("rule", Descriptor.Id), ("budget", ScriptBudgetScope.Describe(kind, _limits)), ("post", context.Post.Id));

    private sealed record OverBudget(string Path, string PostId, ScriptBudgetKind Kind);
}
