using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// The base class of a <c>level: run</c> script: its statements become the body of <see cref="Run"/>,
/// called once per run with every post checked under the same configuration (shares per week,
/// consistency across posts).
/// </summary>
public abstract class RunScriptBase : IRunScript
{
    private RunScriptContext? _context;

    /// <summary>The context of the current call.</summary>
    protected RunScriptContext Context => _context ?? throw new InvalidOperationException("The script context is only available while the rule checks a run.");

    /// <summary>Every parsed file of the run, with its posts.</summary>
    protected IReadOnlyList<PostDocument> Documents => Context.Documents;

    /// <summary>The configuration's policy.</summary>
    protected ContentPolicy Policy => Context.Policy;

    /// <summary>The channels known in this configuration.</summary>
    protected ChannelCatalog Channels => Context.Channels;

    /// <summary>The rule's options.</summary>
    protected RuleOptions Options => Context.Options;

    /// <inheritdoc />
    public void Check(RunScriptContext context)
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

    /// <summary>The first line of <paramref name="post"/>: where findings about a whole post go.</summary>
    protected static TextSpan HeaderSpan(Post post, PostDocument document) => RunScriptContext.HeaderSpan(post, document);

    /// <summary>Reports on <paramref name="post"/> of <paramref name="document"/> at a span of the file, with the header's message.</summary>
    protected void Report(PostDocument document, Post post, TextSpan sourceSpan, params (string Name, object? Value)[] args) => Context.Report(document, post, sourceSpan, args);

    /// <summary>Reports on <paramref name="post"/> at a span of the file with a fix on the file.</summary>
    protected void Report(PostDocument document, Post post, TextSpan sourceSpan, CodeFix? fix, params (string Name, object? Value)[] args) => Context.Report(document, post, sourceSpan, fix, args);

    /// <summary>A placeholder value in English and French.</summary>
    protected static LocalizedString Say(string en, string fr) => new(en, fr);

    /// <summary>The script's statements; generated from the <c>.csx</c> file.</summary>
    protected abstract void Run();
}
