using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>What a <c>level: post</c> script sees of one post, and where it reports.</summary>
public sealed class PostScriptContext
{
    private readonly List<PendingReport> _reports;

    internal PostScriptContext(Post post, PostDocument document, ContentPolicy policy, ChannelCatalog channels, RuleOptions options, List<PendingReport> reports)
    {
        Post = post;
        Document = document;
        Policy = policy;
        Channels = channels;
        Options = options;
        _reports = reports;
    }

    /// <summary>The post: metadata with source spans, thread parts, variants, fields.</summary>
    public Post Post { get; }

    /// <summary>The file the post comes from.</summary>
    public PostDocument Document { get; }

    /// <summary>The configuration's policy: personas, confidential lists, embargoes, terminology, thresholds.</summary>
    public ContentPolicy Policy { get; }

    /// <summary>The channels known in this configuration (limits, counting methods, display names).</summary>
    public ChannelCatalog Channels { get; }

    /// <summary>The rule's options.</summary>
    public RuleOptions Options { get; }

    /// <summary>The post's first line (a Markdown post's opening <c>---</c>, a calendar entry's first field): where findings about the whole post go.</summary>
    public TextSpan HeaderSpan => PostAnchor.Header(Post, Document);

    /// <summary>True when <paramref name="key"/> is written in the post itself, not inherited from a calendar's <c>defaults:</c>.</summary>
    public bool IsOwnField(string key) => PostAnchor.IsOwn(Post, key);

    /// <summary>Reports at <paramref name="span"/> of <paramref name="text"/> (one of the post's texts), with the header's message.</summary>
    public void Report(MappedText text, TextSpan span, params (string Name, object? Value)[] args) => Report(text, span, (TextReplacement?)null, args);

    /// <summary>Reports at <paramref name="span"/> of <paramref name="text"/> with a fix on that text.</summary>
    public void Report(MappedText text, TextSpan span, TextReplacement? fix, params (string Name, object? Value)[] args)
    {
        ScriptSpans.CheckText(text, span, nameof(span));
        if (fix is not null)
        {
            ScriptSpans.CheckText(text, fix.Span, nameof(fix));
        }

        _reports.Add(new PendingReport(Document, Post, text, span, null, fix, null, ReportArguments.Freeze(args, textFix: fix)));
    }

    /// <summary>Reports at <paramref name="span"/> of <paramref name="text"/> with a message of its own.</summary>
    public void ReportMessage(MappedText text, TextSpan span, string message, TextReplacement? fix = null)
    {
        ScriptSpans.CheckText(text, span, nameof(span));
        _reports.Add(new PendingReport(Document, Post, text, span, message, fix, null, ReportArguments.Freeze([], message, fix)));
    }

    /// <summary>Reports at a span of the file (a field's value, <see cref="HeaderSpan"/>), with an optional fix on the file.</summary>
    public void ReportAt(TextSpan sourceSpan, CodeFix? fix, params (string Name, object? Value)[] args)
    {
        ScriptSpans.CheckSource(Document, sourceSpan, nameof(sourceSpan));
        foreach (var edit in fix?.Edits ?? [])
        {
            ScriptSpans.CheckSource(Document, edit.Span, nameof(fix));
        }

        _reports.Add(new PendingReport(Document, Post, null, sourceSpan, null, null, fix, ReportArguments.Freeze(args, sourceFix: fix)));
    }
}
