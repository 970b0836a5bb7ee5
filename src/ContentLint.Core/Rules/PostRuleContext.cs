using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules;

/// <summary>What a <see cref="PostRule"/> sees of one post, and where it reports.</summary>
public sealed class PostRuleContext
{
    private readonly RuleDescriptor _rule;
    private readonly Action<Diagnostic> _sink;

    internal PostRuleContext(RuleDescriptor rule, Post post, PostDocument document, LintConfiguration configuration, ChannelCatalog channels, Action<Diagnostic> sink, CancellationToken cancellationToken)
    {
        _rule = rule;
        _sink = sink;
        Post = post;
        Document = document;
        Configuration = configuration;
        Channels = channels;
        CancellationToken = cancellationToken;
    }

    /// <summary>The post to check.</summary>
    public Post Post { get; }

    /// <summary>The file it comes from.</summary>
    public PostDocument Document { get; }

    /// <summary>The configuration in force for the file.</summary>
    public LintConfiguration Configuration { get; }

    /// <summary>Channels known in this configuration.</summary>
    public ChannelCatalog Channels { get; }

    /// <summary>Cancelled when the run is abandoned (an editor edit superseded it).</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports at a source span (metadata fields), with an optional source-level fix.</summary>
    public void Report(TextSpan sourceSpan, CodeFix? fix, params (string Name, object? Value)[] args) =>
        Emit(Diagnostic.Create(_rule, sourceSpan, args).WithFix(fix) with { PostId = Post.Id });

    /// <summary>Reports at a span of a post's text, with an optional fix on that text.</summary>
    public void Report(MappedText text, TextSpan textSpan, TextReplacement? fix, params (string Name, object? Value)[] args) =>
        Report(text.Map.MapSpan(textSpan), fix is null ? null : ToCodeFix(text, fix), args);

    /// <summary>Reports at a span of a post's text with a message of its own (script rules' <c>Report(span, message)</c>).</summary>
    internal void ReportMessage(MappedText text, TextSpan textSpan, string message, TextReplacement? fix) =>
        Emit(new Diagnostic(_rule, text.Map.MapSpan(textSpan), message, []).WithFix(fix is null ? null : ToCodeFix(text, fix)) with { PostId = Post.Id });

    /// <summary>Reports an engine finding (such as a script over budget) on behalf of the rule.</summary>
    internal void ReportAs(RuleDescriptor engineRule, TextSpan sourceSpan, params (string Name, object? Value)[] args) =>
        Emit(Diagnostic.Create(engineRule, sourceSpan, args) with { PostId = Post.Id });

    /// <summary>Adds a finding made elsewhere (by a <see cref="PostRuleGroup"/>, in the rule host).</summary>
    internal void Add(Diagnostic diagnostic) => Emit(diagnostic);

    // Every finding is a point where a superseded run stops: a long post has many, spread over every rule.
    private void Emit(Diagnostic diagnostic)
    {
        CancellationToken.ThrowIfCancellationRequested();
        _sink(diagnostic);
    }

    /// <summary>
    /// The source-level fix for a text replacement, or null when the source cannot hold it (e.g. a line
    /// break in a plain YAML scalar, or half of an escape sequence).
    /// </summary>
    public static CodeFix? ToCodeFix(MappedText text, TextReplacement replacement)
    {
        if (text.Encoder is null || !text.Map.TryMapEditSpan(replacement.Span, out var sourceSpan))
        {
            return null;
        }

        var encoded = text.Encoder.Encode(replacement.NewText);
        return encoded is null ? null : new CodeFix(replacement.Title, [new TextEdit(sourceSpan, encoded)]);
    }
}
