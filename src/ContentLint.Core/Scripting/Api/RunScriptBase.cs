using System.Reflection;
using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// The base class of a <c>level: run</c> script: its statements become the body of <see cref="Run"/>,
/// called once per run (shares per week, consistency across posts). A script that overrides
/// <see cref="Collect(PostDocument, Post)"/> works from facts: <c>Collect</c> runs on each post as its file is checked and
/// keeps what the run needs (<see cref="Keep"/>); the statements then see <see cref="Facts"/> and report
/// at them. Such a rule keeps no post in memory and runs sharded and cached. A script without
/// <c>Collect</c> sees every parsed file in <see cref="Documents"/> (unsharded, uncached runs only).
/// </summary>
public abstract class RunScriptBase : IRunScript
{
    private RunScriptContext? _context;
    private FactCollectContext? _collect;
    private RuleOptions? _options;

    /// <summary>The context of the current run step.</summary>
    protected RunScriptContext Context => _context ?? throw new InvalidOperationException("The run context is only available in the run step (the script's statements).");

    /// <summary>Every parsed file of the run, with its posts (a script without <see cref="Collect(PostDocument, Post)"/>).</summary>
    protected IReadOnlyList<PostDocument> Documents => Context.Documents ?? throw new InvalidOperationException("This rule has a per-post step (Collect): its run step sees Facts, not Documents.");

    /// <summary>The facts <see cref="Collect(PostDocument, Post)"/> kept, from every file of the run, in file order.</summary>
    protected IReadOnlyList<PostFact> Facts => Context.Facts ?? throw new InvalidOperationException("Facts are kept by a per-post step: override Collect to see Facts.");

    /// <summary>The configuration's policy.</summary>
    protected ContentPolicy Policy => _collect?.Configuration.Policy ?? Context.Policy;

    /// <summary>The channels known in this configuration.</summary>
    protected ChannelCatalog Channels => _collect?.Channels ?? Context.Channels;

    /// <summary>The rule's options.</summary>
    protected RuleOptions Options => _options ?? Context.Options;

    /// <inheritdoc />
    public bool CollectsFacts =>
        GetType().GetMethod(nameof(Collect), BindingFlags.Instance | BindingFlags.NonPublic, [typeof(PostDocument), typeof(Post)])?.DeclaringType != typeof(RunScriptBase);

    /// <inheritdoc />
    public void Collect(FactCollectContext context, RuleOptions options)
    {
        (_collect, _options) = (context, options);
        try
        {
            Collect(context.Document, context.Post);
        }
        finally
        {
            (_collect, _options) = (null, null);
        }
    }

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

    /// <summary>
    /// The per-post step, called for each post as its file is checked: keep what the run step needs with
    /// <see cref="Keep"/>; report what the post alone decides with <c>Report(document, post, …)</c>.
    /// </summary>
    protected virtual void Collect(PostDocument document, Post post)
    {
    }

    /// <summary>In <see cref="Collect(PostDocument, Post)"/>: keeps a fact about the post — named values and the span of the file to report at.</summary>
    protected void Keep(TextSpan at, params (string Name, object? Value)[] values) =>
        (_collect ?? throw new InvalidOperationException("Keep is for the per-post step (Collect).")).Keep(at, values);

    /// <summary>The first line of <paramref name="post"/>: where findings about a whole post go.</summary>
    protected static TextSpan HeaderSpan(Post post, PostDocument document) => RunScriptContext.HeaderSpan(post, document);

    /// <summary>Reports on <paramref name="post"/> of <paramref name="document"/> at a span of the file, with the header's message.</summary>
    protected void Report(PostDocument document, Post post, TextSpan sourceSpan, params (string Name, object? Value)[] args) => Report(document, post, sourceSpan, null, args);

    /// <summary>Reports on <paramref name="post"/> at a span of the file with a fix on the file.</summary>
    protected void Report(PostDocument document, Post post, TextSpan sourceSpan, CodeFix? fix, params (string Name, object? Value)[] args)
    {
        if (_collect is not { } collect)
        {
            Context.Report(document, post, sourceSpan, fix, args);
            return;
        }

        if (!ReferenceEquals(post, collect.Post))
        {
            throw new InvalidOperationException("In Collect, a rule reports on the post being collected.");
        }

        ScriptSpans.CheckSource(document, sourceSpan, nameof(sourceSpan));
        collect.Report(sourceSpan, fix, ReportArguments.Freeze(args, sourceFix: fix));
    }

    /// <summary>In the run step: reports on the post of <paramref name="fact"/>, at its place, with the header's message.</summary>
    protected void Report(PostFact fact, params (string Name, object? Value)[] args) => Context.Report(fact, args);

    /// <summary>A placeholder value in English and French.</summary>
    protected static LocalizedString Say(string en, string fr) => new(en, fr);

    /// <summary>The script's statements: the run step; generated from the <c>.csx</c> file.</summary>
    protected abstract void Run();
}
