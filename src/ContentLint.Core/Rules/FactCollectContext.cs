using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules;

/// <summary>
/// The per-post step of a cross-post rule (<see cref="BatchRule.Collect"/>): one post, where to keep
/// its facts, and where to report what the post alone decides.
/// </summary>
public sealed class FactCollectContext
{
    private readonly RuleDescriptor _rule;
    private readonly Action<PostFact> _keep;
    private readonly Action<Diagnostic> _report;

    internal FactCollectContext(RuleDescriptor rule, Post post, PostDocument document, LintConfiguration configuration, ChannelCatalog channels, Action<PostFact> keep, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _rule = rule;
        _keep = keep;
        _report = report;
        Post = post;
        Document = document;
        Configuration = configuration;
        Channels = channels;
        CancellationToken = cancellationToken;
    }

    /// <summary>The post.</summary>
    public Post Post { get; }

    /// <summary>The file it comes from (only during this step: the run step sees facts).</summary>
    public PostDocument Document { get; }

    /// <summary>The configuration in force.</summary>
    public LintConfiguration Configuration { get; }

    /// <summary>Channels known in this configuration.</summary>
    public ChannelCatalog Channels { get; }

    /// <summary>Cancelled when the run is abandoned.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Keeps a fact about the post: what the run step needs, and where it would report (a span of the file).</summary>
    public void Keep(TextSpan at, params (string Name, object? Value)[] values)
    {
        if (at.Start < 0 || at.End > Document.Source.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(at), $"The span {at} is outside the file (length {Document.Source.Text.Length}).");
        }

        _keep(new PostFact(_rule.Id, Document.Source.Path, Post.Id, at, Document.Source.Lines.GetPositionSpan(at), PostFact.Encode(values)));
    }

    /// <summary>Reports on the post at a span of the file: what the post alone decides (no run step needed).</summary>
    public void Report(TextSpan sourceSpan, CodeFix? fix, params (string Name, object? Value)[] args) =>
        _report(Diagnostic.Create(_rule, sourceSpan, args).WithFix(fix) with { PostId = Post.Id });

    /// <summary>A context on the same post that holds what is kept and reported in the lists given (a script's, until it finishes within its budget).</summary>
    internal FactCollectContext Buffered(List<PostFact> kept, List<Diagnostic> reported) =>
        new(_rule, Post, Document, Configuration, Channels, kept.Add, reported.Add, CancellationToken);

    /// <summary>Passes on what a <see cref="Buffered"/> context held.</summary>
    internal void Flush(IEnumerable<PostFact> kept, IEnumerable<Diagnostic> reported)
    {
        foreach (var fact in kept)
        {
            _keep(fact);
        }

        foreach (var diagnostic in reported)
        {
            _report(diagnostic);
        }
    }

    /// <summary>Reports an engine finding (such as a script over budget) on behalf of the rule.</summary>
    internal void ReportAs(RuleDescriptor engineRule, TextSpan sourceSpan, params (string Name, object? Value)[] args) =>
        _report(Diagnostic.Create(engineRule, sourceSpan, args) with { PostId = Post.Id });
}
