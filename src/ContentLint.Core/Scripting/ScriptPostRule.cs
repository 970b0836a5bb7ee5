using System.Text.RegularExpressions;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Engine;
using ContentLint.Core.Scoping;
using ContentLint.Core.Scripting.Api;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Runs a loaded script as a <see cref="PostRule"/>: one rule instance per thread, called through
/// <see cref="IScriptRule"/> once per text of the post (each thread part on each channel), all under
/// one per-post budget. Reports are kept until the post is done, so a rule stopped half-way reports
/// nothing but CL0034; after that it is disabled for the run (the CL0034 is reported again only
/// when the same post is checked again, as <c>--fix</c> passes do). Exceptions become CL0030.
/// </summary>
public sealed class ScriptPostRule : PostRule, IDisposable
{
    private readonly LoadedScript _script;
    private readonly ScriptHeader _header;
    private readonly ScriptConfiguration _limits;
    private readonly RuleOptions _options;
    private readonly ThreadLocal<IScriptRule?> _instances = new();
    private OverBudget? _overBudget;

    /// <summary>A rule running <paramref name="script"/> with the metadata of <paramref name="header"/> and the limits of <paramref name="limits"/>.</summary>
    public ScriptPostRule(LoadedScript script, ScriptHeader header, ScriptConfiguration limits)
    {
        _script = script;
        _header = header;
        _limits = limits;
        _options = new RuleOptions(header.Options);
    }

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => _header.Descriptor;

    /// <summary>The loaded script (its load context is unloaded by <see cref="Dispose"/>).</summary>
    public LoadedScript Script => _script;

    /// <summary>Time the warm-up run may take (it includes JIT compilation, which no post should pay for).</summary>
    public static readonly TimeSpan WarmUpBudget = TimeSpan.FromSeconds(1);

    private const string WarmUpPost = "---\nchannel: x\nlang: en\n---\nHello @world, see https://example.com #news. Bonjour à tous ! Is it 10:30?\n";

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

        var reports = new List<ScriptReport>();
        var budget = new ScriptBudget(_limits.Budget, _limits.AllocationBytes);
        var previous = ScriptRuntime.Begin(budget);
        try
        {
            var rule = _instances.Value ??= _script.CreateInstance();
            var post = new ScriptPost(context.Post);
            foreach (var (text, channel, index) in Texts(context.Post))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                rule.Check(new ScriptContext(post, text, TextTokens.Of(text.Text, MethodOf(channel)), channel, index, _options, reports));
            }

            if (budget.Exceeded is not null)
            {
                budget.Check();
            }
        }
        catch (Exception ex) when (KindOf(ex, budget) is { } kind)
        {
            if (Interlocked.CompareExchange(ref _overBudget, new OverBudget(context.Document.Source.Path, context.Post.Id, kind), null) is null)
            {
                ReportOverBudget(context, kind);
            }

            return;
        }
        finally
        {
            ScriptRuntime.End(previous);
        }

        foreach (var report in reports)
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
    }

    /// <summary>
    /// Runs the script once on a small sample post, with its own budget and its reports dropped, so
    /// that JIT-compiling the script and the API it calls (process-wide) is not charged to the first
    /// real post's budget — on a busy machine that alone can exceed 100 ms. Failures are left to the
    /// real runs, which report them.
    /// </summary>
    public void WarmUp()
    {
        var document = Documents.Markdown.MarkdownPostParser.Parse(new SourceDocument("warm-up.md", WarmUpPost), LintConfiguration.CreateDefault(Path.GetTempPath()));
        // The nominal budget stays the configured one (regexes built now take it as their timeout); only the clock is relaxed.
        var previous = ScriptRuntime.Begin(new ScriptBudget(_limits.Budget, _limits.AllocationBytes, deadline: WarmUpBudget));
        try
        {
            var rule = _script.CreateInstance();
            var post = new ScriptPost(document.Posts[0]);
            foreach (var (text, channel, index) in Texts(document.Posts[0]))
            {
                rule.Check(new ScriptContext(post, text, TextTokens.Of(text.Text, MethodOf(channel)), channel, index, _options, []));
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The warm-up only compiles; what fails here fails again, and is reported, on a real post.
        }
        finally
        {
            ScriptRuntime.End(previous);
        }
    }

    /// <summary>Releases the per-thread instances and unloads the script.</summary>
    public void Dispose()
    {
        _instances.Dispose();
        _script.Dispose();
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

    private static Channels.Counting.CountingMethod MethodOf(string? channel) => channel switch
    {
        "x" or "twitter" => Channels.Counting.CountingMethod.XWeighted,
        "mastodon" => Channels.Counting.CountingMethod.Mastodon,
        _ => Channels.Counting.CountingMethod.Graphemes,
    };

    private static ScriptBudgetKind? KindOf(Exception ex, ScriptBudget budget) => ex switch
    {
        _ when budget.Exceeded is { } kind => kind,
        ScriptBudgetExceededException over => over.Kind,
        RegexMatchTimeoutException => ScriptBudgetKind.Regex,
        InsufficientExecutionStackException => ScriptBudgetKind.Recursion,
        OutOfMemoryException => ScriptBudgetKind.Memory,
        TypeInitializationException { InnerException: { } inner } => KindOf(inner, budget),
        _ => null,
    };

    private void ReportOverBudget(PostRuleContext context, ScriptBudgetKind kind)
    {
        var budget = kind switch
        {
            ScriptBudgetKind.Memory => new LocalizedString($"allocation budget ({_limits.AllocationMb} MB)", $"budget d’allocation ({_limits.AllocationMb} Mo)"),
            ScriptBudgetKind.Recursion => new LocalizedString("recursion limit (the stack was nearly exhausted)", "niveau maximal de récursion (la pile était presque pleine)"),
            ScriptBudgetKind.Regex => new LocalizedString($"time budget in a regular expression ({_limits.BudgetMs} ms)", $"budget de temps dans une expression régulière ({_limits.BudgetMs} ms)"),
            _ => new LocalizedString($"time budget ({_limits.BudgetMs} ms)", $"budget de temps ({_limits.BudgetMs} ms)"),
        };
        context.ReportAs(ScriptRules.RuleOverBudget, context.Post.Span, ("rule", Descriptor.Id), ("budget", budget), ("post", context.Post.Id));
    }

    private sealed record OverBudget(string Path, string PostId, ScriptBudgetKind Kind);
}
