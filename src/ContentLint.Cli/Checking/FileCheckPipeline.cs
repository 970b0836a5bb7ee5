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
    private readonly ParallelOptions _parallel = new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = RuleHost.Client.RuleHostClient.Workers(Environment.ProcessorCount) };

    /// <summary>Checks <paramref name="files"/>.</summary>
    public FileRecord[] Run((string FullPath, ConfiguredLinter Config)[] files)
    {
        var records = new FileRecord[files.Length];
        Parallel.For(0, files.Length, _parallel, i => records[i] = Check(files[i].FullPath, files[i].Config));
        return records;
    }

    private FileRecord Check(string fullPath, ConfiguredLinter config)
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

        var record = Analyze(fullPath, config, document, hash);
        options.Verbose?.WriteLine($"checked {document.Path}");
        options.Cache?.Store(record);
        return record;
    }

    /// <summary>Fixes (with <c>--fix</c>) and analyses one decoded file, then runs the per-post step of the cross-post rules.</summary>
    private FileRecord Analyze(string fullPath, ConfiguredLinter config, SourceDocument document, string hash)
    {
        var linter = config.Linter;
        var (checkedDocument, fixes, problems) = options.Fix ? Fix(fullPath, document, linter, cancellationToken) : (document, 0, []);
        var analysis = linter.Analyze(checkedDocument, cancellationToken);
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
