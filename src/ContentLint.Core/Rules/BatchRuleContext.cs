using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules;

/// <summary>What a <see cref="BatchRule"/> sees: every parsed file of the run, and where it reports.</summary>
public sealed class BatchRuleContext
{
    private readonly RuleDescriptor _rule;
    private readonly Action<PostDocument, Diagnostic> _sink;

    internal BatchRuleContext(RuleDescriptor rule, IReadOnlyList<PostDocument> documents, LintConfiguration configuration, ChannelCatalog channels, Action<PostDocument, Diagnostic> sink, CancellationToken cancellationToken)
    {
        _rule = rule;
        _sink = sink;
        Documents = documents;
        Configuration = configuration;
        Channels = channels;
        CancellationToken = cancellationToken;
    }

    /// <summary>Every parsed file of the run.</summary>
    public IReadOnlyList<PostDocument> Documents { get; }

    /// <summary>The configuration in force.</summary>
    public LintConfiguration Configuration { get; }

    /// <summary>Channels known in this configuration.</summary>
    public ChannelCatalog Channels { get; }

    /// <summary>Cancelled when the run is abandoned.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports on <paramref name="post"/> of <paramref name="document"/> at a source span.</summary>
    public void Report(PostDocument document, Post post, TextSpan sourceSpan, params (string Name, object? Value)[] args) =>
        _sink(document, Diagnostic.Create(_rule, sourceSpan, args) with { PostId = post.Id });

    /// <summary>Reports on <paramref name="post"/> of <paramref name="document"/> at a source span, with an optional fix on the file.</summary>
    public void Report(PostDocument document, Post post, TextSpan sourceSpan, CodeFix? fix, params (string Name, object? Value)[] args) =>
        _sink(document, Diagnostic.Create(_rule, sourceSpan, args).WithFix(fix) with { PostId = post.Id });

    /// <summary>A context on the same run that reports to <paramref name="sink"/> (a script's reports, until it finishes within its budget).</summary>
    internal BatchRuleContext Buffered(Action<PostDocument, Diagnostic> sink) => new(_rule, Documents, Configuration, Channels, sink, CancellationToken);

    /// <summary>Adds a finding made elsewhere (a run-level script rule, in the rule host).</summary>
    internal void Add(PostDocument document, Diagnostic diagnostic) => _sink(document, diagnostic);

    /// <summary>Reports an engine finding (such as a script over budget) on behalf of the rule.</summary>
    internal void ReportAs(PostDocument document, Post post, RuleDescriptor engineRule, TextSpan sourceSpan, params (string Name, object? Value)[] args) =>
        _sink(document, Diagnostic.Create(engineRule, sourceSpan, args) with { PostId = post.Id });
}
