using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// The base class of a <c>level: post</c> script: its statements become the body of <see cref="Run"/>,
/// called once per post with the post whole (metadata, every text, fields), the policy and the channels.
/// </summary>
public abstract class PostScriptBase : IPostScript
{
    private PostScriptContext? _context;

    /// <summary>The context of the current call.</summary>
    protected PostScriptContext Context => _context ?? throw new InvalidOperationException("The script context is only available while the rule checks a post.");

    /// <summary>The post being checked.</summary>
    protected Post Post => Context.Post;

    /// <summary>The file it comes from.</summary>
    protected PostDocument Document => Context.Document;

    /// <summary>The configuration's policy: personas, confidential lists, embargoes, terminology, thresholds.</summary>
    protected ContentPolicy Policy => Context.Policy;

    /// <summary>The channels known in this configuration.</summary>
    protected ChannelCatalog Channels => Context.Channels;

    /// <summary>The rule's options: the <c>options:</c> of the script's header.</summary>
    protected RuleOptions Options => Context.Options;

    /// <summary>The post's first line: where findings about the whole post go.</summary>
    protected TextSpan HeaderSpan => Context.HeaderSpan;

    /// <inheritdoc />
    public void Check(PostScriptContext context)
    {
        _context = context;
        try
        {
            Run();
        }
        finally
        {
            _context = null;
        }
    }

    /// <summary>True when <paramref name="key"/> is written in the post itself, not inherited from a calendar's <c>defaults:</c>.</summary>
    protected bool IsOwnField(string key) => Context.IsOwnField(key);

    /// <summary>Reports at <paramref name="span"/> of <paramref name="text"/> with the header's message, <c>{placeholders}</c> filled from <paramref name="args"/>.</summary>
    protected void Report(MappedText text, TextSpan span, params (string Name, object? Value)[] args) => Context.Report(text, span, args);

    /// <summary>Reports at <paramref name="span"/> of <paramref name="text"/> with a fix on that text.</summary>
    protected void Report(MappedText text, TextSpan span, TextReplacement? fix, params (string Name, object? Value)[] args) => Context.Report(text, span, fix, args);

    /// <summary>Reports at a span of the file (a field, <see cref="HeaderSpan"/>) with an optional fix on the file.</summary>
    protected void ReportAt(TextSpan sourceSpan, CodeFix? fix, params (string Name, object? Value)[] args) => Context.ReportAt(sourceSpan, fix, args);

    /// <summary>A fix replacing <paramref name="span"/> of a text with <paramref name="newText"/>.</summary>
    protected static TextReplacement Fix(TextSpan span, string newText, string? title = null) => ScriptContext.Fix(span, newText, title);

    /// <summary>A fix replacing <paramref name="sourceSpan"/> of the file with <paramref name="newText"/> as written (a field's value).</summary>
    protected static CodeFix FileFix(string title, TextSpan sourceSpan, string newText) => new(title, [new TextEdit(sourceSpan, newText)]);

    /// <summary>A placeholder value in English and French.</summary>
    protected static LocalizedString Say(string en, string fr) => new(en, fr);

    /// <summary>The script's statements; generated from the <c>.csx</c> file.</summary>
    protected abstract void Run();
}
