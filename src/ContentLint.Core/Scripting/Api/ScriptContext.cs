using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scoping;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>What a script rule sees of one text of a post, and where it reports.</summary>
public sealed class ScriptContext
{
    private readonly MappedText _text;
    private readonly List<ScriptReport> _reports;

    internal ScriptContext(ScriptPost post, MappedText text, TextTokens tokens, string? channel, int partIndex, RuleOptions options, List<ScriptReport> reports)
    {
        Post = post;
        _text = text;
        Tokens = tokens;
        Channel = channel;
        PartIndex = partIndex;
        Options = options;
        _reports = reports;
    }

    /// <summary>The post being checked.</summary>
    public ScriptPost Post { get; }

    /// <summary>The reader-visible text being checked: Markdown syntax removed, YAML escapes resolved. Spans are offsets in it.</summary>
    public string Text => _text.Text;

    /// <summary>The tokens of <see cref="Text"/>.</summary>
    public TextTokens Tokens { get; }

    /// <summary>The channel this text is published on (e.g. <c>x</c>, <c>linkedin</c>), or null when the post names none.</summary>
    public string? Channel { get; }

    /// <summary>Index of this text among the post's thread parts (0 when not a thread).</summary>
    public int PartIndex { get; }

    /// <summary>The rule's options (header <c>options:</c>).</summary>
    public RuleOptions Options { get; }

    /// <summary>A fix replacing <paramref name="span"/> with <paramref name="newText"/>; the title defaults to "Replace with '…'".</summary>
    public static TextReplacement Fix(TextSpan span, string newText, string? title = null) =>
        new(span, newText, title ?? (newText.Length == 0 ? "Remove" : $"Replace with '{newText}'"));

    /// <summary>True when <paramref name="span"/> overlaps inline or block code.</summary>
    public bool IsInCode(TextSpan span) => _text.IsInCode(span);

    /// <summary>Reports at <paramref name="span"/> with the header's message, placeholders filled from <paramref name="args"/>.</summary>
    public void Report(TextSpan span, params (string Name, object? Value)[] args) => Add(span, null, null, args);

    /// <summary>Reports at <paramref name="span"/> with the header's message and a fix on <see cref="Text"/>.</summary>
    public void Report(TextSpan span, TextReplacement? fix, params (string Name, object? Value)[] args) => Add(span, null, fix, args);

    /// <summary>Reports at <paramref name="span"/> with its own message.</summary>
    public void Report(TextSpan span, string message, TextReplacement? fix = null) => Add(span, message, fix, []);

    private void Add(TextSpan span, string? message, TextReplacement? fix, (string Name, object? Value)[] args)
    {
        Check(span, nameof(span));
        if (fix is not null)
        {
            Check(fix.Span, nameof(fix));
        }

        _reports.Add(new ScriptReport(_text, span, message, fix, ReportArguments.Freeze(args, message, fix)));
    }

    private void Check(TextSpan span, string name)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > _text.Text.Length)
        {
            throw new ArgumentOutOfRangeException(name, $"The span {span} is outside the text (length {_text.Text.Length}).");
        }
    }
}
