using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scoping;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// The base class of every compiled script: the statements of a <c>.csx</c> file become the body of
/// <see cref="Run"/>, and its members (<c>static readonly</c> fields, <c>static</c> methods, types)
/// members of the class. Everything below is what a script can use without qualification.
/// </summary>
public abstract class ScriptRuleBase : IScriptRule
{
    private ScriptContext? _context;

    /// <summary>The context of the current call: the post, the text, the options and <c>Report</c>.</summary>
    protected ScriptContext Context => _context ?? throw new InvalidOperationException("The script context is only available while the rule checks a text.");

    /// <summary>The post being checked.</summary>
    protected ScriptPost Post => Context.Post;

    /// <summary>The reader-visible text being checked (one thread part, as published on <see cref="Channel"/>).</summary>
    protected string Text => Context.Text;

    /// <summary>The tokens of <see cref="Text"/>: words, sentences, hashtags, mentions, URLs, emoji.</summary>
    protected TextTokens Tokens => Context.Tokens;

    /// <summary>The channel the text is published on (lower case, e.g. <c>x</c>), or null when the post names none.</summary>
    protected string? Channel => Context.Channel;

    /// <summary>The rule's options: the <c>options:</c> of the script's header.</summary>
    protected RuleOptions Options => Context.Options;

    /// <inheritdoc />
    public void Check(ScriptContext context)
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

    /// <summary>Reports at <paramref name="span"/> of <see cref="Text"/> with the header's <c>message</c>, its <c>{placeholders}</c> filled from <paramref name="args"/>.</summary>
    protected void Report(TextSpan span, params (string Name, object? Value)[] args) => Context.Report(span, args);

    /// <summary>Reports at <paramref name="span"/> with the header's message and a fix.</summary>
    protected void Report(TextSpan span, TextReplacement? fix, params (string Name, object? Value)[] args) => Context.Report(span, fix, args);

    /// <summary>Reports at <paramref name="span"/> with <paramref name="message"/> instead of the header's message.</summary>
    protected void Report(TextSpan span, string message, TextReplacement? fix = null) => Context.Report(span, message, fix);

    /// <summary>A fix replacing <paramref name="span"/> of <see cref="Text"/> with <paramref name="newText"/>.</summary>
    protected TextReplacement Fix(TextSpan span, string newText, string? title = null) => ScriptContext.Fix(span, newText, title);

    /// <summary>True when <paramref name="span"/> overlaps inline or block code (usually out of prose scope).</summary>
    protected bool IsInCode(TextSpan span) => Context.IsInCode(span);

    /// <summary>The script's statements; generated from the <c>.csx</c> file.</summary>
    protected abstract void Run();
}
