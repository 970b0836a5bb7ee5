using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// What the run step of a <c>level: run</c> script sees: the facts its per-post step kept (a script with
/// <c>Collect</c>), or every post checked with the same configuration (a script without); and where it reports.
/// </summary>
public sealed class RunScriptContext
{
    private readonly List<PendingReport>? _reports;
    private readonly List<(PostFact Fact, (string Name, object? Value)[] Args)>? _factReports;

    internal RunScriptContext(IReadOnlyList<PostDocument> documents, ContentPolicy policy, ChannelCatalog channels, RuleOptions options, List<PendingReport> reports)
    {
        Documents = documents;
        Policy = policy;
        Channels = channels;
        Options = options;
        _reports = reports;
    }

    internal RunScriptContext(IReadOnlyList<PostFact> facts, ContentPolicy policy, ChannelCatalog channels, RuleOptions options, List<(PostFact, (string Name, object? Value)[])> reports)
    {
        Facts = facts;
        Policy = policy;
        Channels = channels;
        Options = options;
        _factReports = reports;
    }

    /// <summary>Every parsed file of the run, with its posts; null for a script with a per-post step (it sees <see cref="Facts"/>).</summary>
    public IReadOnlyList<PostDocument>? Documents { get; }

    /// <summary>The facts the per-post step kept, in file order; null for a script without one (it sees <see cref="Documents"/>).</summary>
    public IReadOnlyList<PostFact>? Facts { get; }

    /// <summary>The configuration's policy.</summary>
    public ContentPolicy Policy { get; }

    /// <summary>The channels known in this configuration.</summary>
    public ChannelCatalog Channels { get; }

    /// <summary>The rule's options.</summary>
    public RuleOptions Options { get; }

    /// <summary>The first line of <paramref name="post"/> in <paramref name="document"/>.</summary>
    public static TextSpan HeaderSpan(Post post, PostDocument document) => PostAnchor.Header(post, document);

    /// <summary>Reports on <paramref name="post"/> of <paramref name="document"/> at a span of the file, with the header's message.</summary>
    public void Report(PostDocument document, Post post, TextSpan sourceSpan, params (string Name, object? Value)[] args) =>
        Report(document, post, sourceSpan, null, args);

    /// <summary>Reports on <paramref name="post"/> at a span of the file, with an optional fix on the file.</summary>
    public void Report(PostDocument document, Post post, TextSpan sourceSpan, CodeFix? fix, params (string Name, object? Value)[] args)
    {
        var reports = _reports ?? throw new InvalidOperationException("A rule with a per-post step reports in its run step at its facts: Report(fact, ...).");
        ScriptSpans.CheckSource(document, sourceSpan, nameof(sourceSpan));
        reports.Add(new PendingReport(document, post, null, sourceSpan, null, null, fix, ReportArguments.Freeze(args, sourceFix: fix)));
    }

    /// <summary>Reports on the post of <paramref name="fact"/>, at its place, with the header's message.</summary>
    public void Report(PostFact fact, params (string Name, object? Value)[] args) =>
        (_factReports ?? throw new InvalidOperationException("Facts are kept by a per-post step (Collect): this rule has none, it reports on documents."))
            .Add((fact, ReportArguments.Freeze(args)));
}
