using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Checking;

/// <summary>
/// Checks the files of a <c>check</c> run with at most one worker per core: each file is decoded (and,
/// with <c>--cache</c>, taken from the cache when unchanged), fixed with <c>--fix</c>, parsed, checked by
/// the post rules and by the per-post step of the cross-post rules, and kept as a <see cref="FileRecord"/>:
/// its findings and facts, never its parsed document. <see cref="RunFinisher"/> then runs the cross-post
/// rules. Records keep the order of the files.
/// </summary>
internal sealed class FileCheckPipeline(FixWriter writer, CheckOptions options, Func<string, string> display, CancellationToken cancellationToken)
{
    /// <summary>
    /// The most files whose script rules may be waiting for the rule host at once: a worker that would
    /// pass it waits. Their parsed documents are kept meanwhile, so this bounds the memory a slow host
    /// can make a run keep, while leaving the host far more documents than one call takes.
    /// </summary>
    public const int MaxWaitingForHost = 256;

    private readonly SemaphoreSlim _waiting = new(MaxWaitingForHost);

    /// <summary>Checks <paramref name="files"/>.</summary>
    public FileRecord[] Run((string FullPath, ConfiguredLinter Config)[] files)
    {
        // With --fix, a worker waits for the host on each pass over a file: more workers than cores keep the cores busy.
        var workers = options.Fix ? RuleHost.Client.RuleHostClient.Workers(Environment.ProcessorCount) : Environment.ProcessorCount;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = workers };
        var checks = new Task<FileRecord>[files.Length];
        Parallel.For(0, files.Length, parallel, i =>
        {
            _waiting.Wait(cancellationToken);
            checks[i] = CheckAsync(files[i].FullPath, files[i].Config);
        });
        return [.. checks.Select(c => c.GetAwaiter().GetResult())];
    }

    /// <summary>Checks one file; the rules of this process run on the caller's thread, the rule host's are awaited.</summary>
    private async Task<FileRecord> CheckAsync(string fullPath, ConfiguredLinter config)
    {
        try
        {
            return await Check(fullPath, config).ConfigureAwait(false);
        }
        finally
        {
            _waiting.Release();
        }
    }

    private async Task<FileRecord> Check(string fullPath, ConfiguredLinter config)
    {
        var linter = config.Linter;
        if (options.Fix)
        {
            writer.CleanFolder(Path.GetDirectoryName(fullPath)!);
        }

        var (document, failure) = linter.LoadFile(fullPath, display(fullPath));
        if (document is null)
        {
            return FileRecord.Finished(config, fullPath, failure!, [], 0, null);
        }

        var hash = ContentHashes.Of(document.Text);
        if (options.Cache?.Find(config, fullPath, document, hash) is { } cached)
        {
            options.Verbose?.WriteLine($"from cache {document.Path}");
            return cached;
        }

        var record = await Analyze(fullPath, config, document, hash).ConfigureAwait(false);
        options.Verbose?.WriteLine($"checked {document.Path}");
        options.Cache?.Store(record);
        return record;
    }

    /// <summary>Fixes (with <c>--fix</c>) and analyses one decoded file, then runs the per-post step of the cross-post rules.</summary>
    private async Task<FileRecord> Analyze(string fullPath, ConfiguredLinter config, SourceDocument document, string hash)
    {
        var linter = config.Linter;
        var (checkedDocument, fixes, problems) = options.Fix ? Fix(fullPath, document, linter, cancellationToken) : (document, 0, []);
        var analysis = await linter.AnalyzeAsync(checkedDocument, cancellationToken).ConfigureAwait(false);
        options.Progress?.Analyzed(analysis);
        var diagnostics = new List<Diagnostic>(analysis.Diagnostics);
        diagnostics.AddRange(problems);
        var facts = analysis.Document is { } parsed && linter.HasFactRules ? linter.Collect(parsed, diagnostics, cancellationToken) : [];
        hash = ReferenceEquals(checkedDocument, document) ? hash : ContentHashes.Of(checkedDocument.Text);
        if (analysis.Document is { } post && (linter.HasDocumentBatchRules || (!facts.IsEmpty && (options.Fix || linter.SuppressionsConcernFacts(post)))))
        {
            return FileRecord.Waiting(config, fullPath, analysis.Source, [.. diagnostics], facts, fixes, hash);
        }

        return FileRecord.Finished(config, fullPath, linter.Finish(analysis with { Diagnostics = [.. diagnostics] }, cancellationToken), facts, fixes, hash);
    }

    /// <summary>
    /// Fixes a file and writes it. When it cannot be written, the file is reported as it was read, with
    /// CL0040 saying why (and any CL0053 moved to the start of the file: its position was in the fixed text).
    /// </summary>
    private (SourceDocument Document, int Fixes, ImmutableArray<Diagnostic> Problems) Fix(string fullPath, SourceDocument document, Linter linter, CancellationToken cancellationToken)
    {
        if (linter.Lint(document, cancellationToken) is not { Document: not null } first)
        {
            return (document, 0, []);
        }

        var outcome = FixSession.Run(linter, document, first, cancellationToken);
        if (outcome.Applied == 0)
        {
            return (document, 0, outcome.Problems);
        }

        if (writer.Write(fullPath, document.GetBytes(), outcome.Document.GetBytes()) is { } reason)
        {
            return (document, 0, [Diagnostic.Create(FixRules.FixNotWritten, default, ("reason", reason)), .. outcome.Problems.Select(p => p with { Span = default })]);
        }

        return (outcome.Document, outcome.Applied, outcome.Problems);
    }
}
