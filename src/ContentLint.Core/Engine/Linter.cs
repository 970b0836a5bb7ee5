using System.Collections.Immutable;
using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Suppressions;
using ContentLint.Core.Text;

namespace ContentLint.Core.Engine;

/// <summary>
/// Checks content files against one configuration: parse → post rules → (batch rules across files) →
/// severities → suppressions → sort. Immutable and thread-safe: one linter checks many files in parallel.
/// </summary>
public sealed partial class Linter
{
    private readonly ImmutableArray<PostRule> _rules;
    private readonly ImmutableArray<(PostRuleGroup Group, ImmutableArray<GroupedPostRule> Rules)> _groups;
    private readonly ImmutableArray<BatchRule> _batchRules;
    private readonly SeverityResolver _severities;

    /// <summary>A linter with the shipped rules.</summary>
    public Linter(LintConfiguration configuration, ShippedRules shipped)
        : this(configuration, shipped.CreatePostRules(), shipped.CreateBatchRules())
    {
    }

    /// <summary>A linter with exactly the given rules and batch rules.</summary>
    public Linter(LintConfiguration configuration, IEnumerable<PostRule> rules, IEnumerable<BatchRule>? batchRules = null)
    {
        Configuration = configuration;
        var all = rules.ToList();
        _rules = [.. all.Where(r => r is not GroupedPostRule)];
        _groups = [.. all.OfType<GroupedPostRule>().GroupBy(r => r.Group).Select(g => (g.Key, g.ToImmutableArray()))];
        _batchRules = [.. batchRules ?? []];
        Catalog = new RuleCatalog(RuleCatalog.EngineRules.Concat(all.Select(r => r.Descriptor)).Concat(_batchRules.Select(r => r.Descriptor)));
        Channels = new ChannelCatalog(configuration);
        _severities = new SeverityResolver(configuration, Catalog);
    }

    /// <summary>The configuration in force.</summary>
    public LintConfiguration Configuration { get; }

    /// <summary>Every rule this linter can report: engine rules and post rules.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>The channels known in this configuration.</summary>
    public ChannelCatalog Channels { get; }

    /// <summary>True when this linter has rules that look across files (they run in <see cref="RunBatch"/>).</summary>
    public bool HasBatchRules => !_batchRules.IsEmpty;

    /// <summary>Checks one decoded file with the per-post rules (batch rules need <see cref="Analyze"/>, <see cref="RunBatch"/>, <see cref="Finish(FileAnalysis)"/>).</summary>
    public FileLintResult Lint(SourceDocument source, CancellationToken cancellationToken = default) =>
        Finish(Analyze(source, cancellationToken), cancellationToken);

    /// <summary>Parses a file and runs the per-post rules, before severities and suppressions.</summary>
    public FileAnalysis Analyze(SourceDocument source, CancellationToken cancellationToken = default)
    {
        var (document, diagnostics, unparsed) = RunRules(source, cancellationToken);
        if (document is null)
        {
            return unparsed!;
        }

        RunGroups(document, diagnostics, cancellationToken);
        return new FileAnalysis(source, document, [.. diagnostics]);
    }

    /// <summary>
    /// <see cref="Analyze"/> for a run over many files: the rules of this process run on this thread, then
    /// the rule groups (the rule host's scripts) are awaited, holding no thread, so that this thread can
    /// go on to the next file and the host gets many documents per call. The same findings, in the same order.
    /// </summary>
    public async Task<FileAnalysis> AnalyzeAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        var (document, diagnostics, unparsed) = RunRules(source, cancellationToken);
        if (document is null)
        {
            return unparsed!;
        }

        await RunGroupsAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
        return new FileAnalysis(source, document, [.. diagnostics]);
    }

    /// <summary>Parses a file and runs the per-post rules that are not in a group; the analysis of a file that could not be parsed.</summary>
    private (PostDocument? Document, List<Diagnostic> Diagnostics, FileAnalysis? Unparsed) RunRules(SourceDocument source, CancellationToken cancellationToken)
    {
        var (document, problem) = ParseOrExplain(source);
        if (document is null)
        {
            return (null, [], new FileAnalysis(source, null, [problem!]));
        }

        var diagnostics = new List<Diagnostic>(document.Diagnostics);
        foreach (var post in document.Posts)
        {
            foreach (var rule in _rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(rule, post, document, diagnostics, cancellationToken);
            }
        }

        return (document, diagnostics, null);
    }

    /// <summary>
    /// Parses <paramref name="source"/> again, without running rules: the same document <see cref="Analyze"/>
    /// built (parsing is deterministic), free of what the post rules cached on it. Null when
    /// <see cref="Analyze"/> had no document for it. The CLI keeps files' texts, not their analysed
    /// documents, until the batch rules run.
    /// </summary>
    public PostDocument? Parse(SourceDocument source) => ParseOrExplain(source).Document;

    private (PostDocument? Document, Diagnostic? Problem) ParseOrExplain(SourceDocument source)
    {
        if (PostDocumentParser.KindOf(source.Path) is not { } kind)
        {
            return (null, Diagnostic.Create(ParseRules.UnsupportedFile, default, ("path", source.Path)));
        }

        if (source.Text.AsSpan().IsWhiteSpace())
        {
            return (null, Diagnostic.Create(ParseRules.EmptyFile, default));
        }

        return SourceLoader.CheckText(source.Text) is { } invalidText
            ? (null, invalidText)
            : (PostDocumentParser.Parse(source, kind, Configuration), null);
    }

    /// <summary>Severities, suppressions and sorting: the final result of an analysed file.</summary>
    public FileLintResult Finish(FileAnalysis analysis) => Finish(analysis, CancellationToken.None);

    /// <summary>Severities, suppressions and sorting; stops when <paramref name="cancellationToken"/> is cancelled.</summary>
    public FileLintResult Finish(FileAnalysis analysis, CancellationToken cancellationToken)
    {
        var source = analysis.Source;
        if (analysis.Document is not { } document)
        {
            return FromDiagnostics(source, null, analysis.Diagnostics);
        }

        var enabled = analysis.Diagnostics.Where(d => _severities.Resolve(d.Rule, source.Path) != Severity.Off).ToList();
        var afterSuppressions = SuppressionProcessor.Apply(document, enabled, Catalog, rule => _severities.Resolve(rule, source.Path) != Severity.Off, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return FromDiagnostics(source, document, afterSuppressions);
    }

    /// <summary>Decodes and checks a file on disk (size limit, encoding and binary checks first).</summary>
    public FileLintResult LintFile(string path, string displayPath, CancellationToken cancellationToken = default)
    {
        var (document, failure) = LoadFile(path, displayPath);
        return document is null ? failure! : Lint(document, cancellationToken);
    }

    /// <summary>Decodes a file on disk, or returns the result that says why it cannot be checked.</summary>
    public (SourceDocument? Document, FileLintResult? Failure) LoadFile(string path, string displayPath)
    {
        SourceLoadResult loaded;
        try
        {
            loaded = SourceLoader.LoadFile(path, displayPath, Configuration.MaxFileSize);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, FromDiagnostics(displayPath, null, null, [Diagnostic.Create(ParseRules.UnreadablePath, default, ("path", displayPath), ("reason", ReadFailure.Describe(ex)))]));
        }

        if (loaded.Document is { } document)
        {
            return (document, null);
        }

        var partial = loaded.ProblemText is null ? null : new SourceDocument(displayPath, loaded.ProblemText);
        return (null, FromDiagnostics(displayPath, partial, null, [loaded.Diagnostic!]));
    }

    /// <summary>Turns diagnostics on <paramref name="source"/> (a content file, or the configuration file) into a result.</summary>
    public FileLintResult FromDiagnostics(SourceDocument source, PostDocument? document, IEnumerable<Diagnostic> diagnostics) =>
        FromDiagnostics(source.Path, source, document, diagnostics);

    /// <summary>Turns diagnostics into a result; positions are computed on <paramref name="source"/> (1:1 without it).</summary>
    public FileLintResult FromDiagnostics(string path, SourceDocument? source, PostDocument? document, IEnumerable<Diagnostic> diagnostics)
    {
        var lines = source?.Lines ?? new LineMap(string.Empty);
        var findings = diagnostics
            .Select(d => (Diagnostic: d, Severity: _severities.Resolve(d.Rule, path)))
            .Where(x => x.Severity != Severity.Off)
            .Select(x => new Finding(x.Diagnostic.Rule, x.Severity, x.Diagnostic.Message, path, x.Diagnostic.Span, lines.GetPositionSpan(x.Diagnostic.Span), x.Diagnostic.Fixes, x.Diagnostic.PostId) { MessageArguments = x.Diagnostic.MessageArguments });
        return new FileLintResult(path, source, document, InReportOrder(findings));
    }

    private void Run(PostRule rule, Post post, PostDocument document, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var found = new List<Diagnostic>();
        try
        {
            rule.Check(new PostRuleContext(rule.Descriptor, post, document, Configuration, Channels, found.Add, cancellationToken));
            diagnostics.AddRange(found);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            diagnostics.Add(Diagnostic.Create(ExecutionRules.RuleCrashed, post.Span, ("rule", rule.Descriptor.Id), ("post", post.Id), ("exception", $"{ex.GetType().Name}: {ex.Message}")) with { PostId = post.Id });
        }
    }
}
