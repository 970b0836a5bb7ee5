using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>What a <c>level: run</c> script sees: every post checked with the same configuration, and where it reports.</summary>
public sealed class RunScriptContext
{
    private readonly List<PendingReport> _reports;

    internal RunScriptContext(IReadOnlyList<PostDocument> documents, ContentPolicy policy, ChannelCatalog channels, RuleOptions options, List<PendingReport> reports)
    {
        Documents = documents;
        Policy = policy;
        Channels = channels;
        Options = options;
        _reports = reports;
    }

    /// <summary>Every parsed file of the run, with its posts.</summary>
    public IReadOnlyList<PostDocument> Documents { get; }

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
        ScriptSpans.CheckSource(document, sourceSpan, nameof(sourceSpan));
        _reports.Add(new PendingReport(document, post, null, sourceSpan, null, null, fix, ReportArguments.Freeze(args)));
    }
}
