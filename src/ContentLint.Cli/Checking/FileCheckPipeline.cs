using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules.Engine;

namespace ContentLint.Cli.Checking;

/// <summary>
/// Checks the files of a <c>check</c> run with at most one worker per core: each file is decoded,
/// fixed with <c>--fix</c>, parsed and checked by the post rules, then either finished at once or,
/// when its linter has batch rules, kept as its text and diagnostics only. Those files are parsed
/// again for the batch rules (a document the post rules ran on carries their per-post caches) and
/// finished one configuration at a time. A finished result keeps neither document nor, without
/// findings, text (<see cref="FileLintResult.ForReport"/>). Results keep the order of the files.
/// </summary>
internal sealed class FileCheckPipeline(FixWriter writer, CheckOptions options, Func<string, string> display, CancellationToken cancellationToken)
{
    private readonly ParallelOptions _parallel = new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = RuleHost.Client.RuleHostClient.Workers(Environment.ProcessorCount) };

    /// <summary>A file waiting for its batch rules: its text and what the post rules found.</summary>
    private sealed record Waiting(SourceDocument Source, ImmutableArray<Diagnostic> Diagnostics, int Fixes);

    /// <summary>Checks <paramref name="files"/>; each result with the number of fixes written to its file.</summary>
    public (FileLintResult Result, int Fixes)[] Run((string FullPath, ConfiguredLinter Config)[] files)
    {
        var results = new (FileLintResult Result, int Fixes)[files.Length];
        var waiting = new Waiting?[files.Length];
        Parallel.For(0, files.Length, _parallel, i =>
        {
            var linter = files[i].Config.Linter;
            var (analysis, failure, fixes) = Analyze(files[i].FullPath, linter);
            if (analysis is null)
            {
                results[i] = (failure!, 0);
                return;
            }

            options.Progress?.Analyzed(analysis);
            if (analysis.Document is null || !linter.HasBatchRules)
            {
                results[i] = (linter.Finish(analysis, cancellationToken).ForReport(), fixes);
                return;
            }

            waiting[i] = new Waiting(analysis.Source, analysis.Diagnostics, fixes);
        });

        foreach (var group in Enumerable.Range(0, files.Length).Where(i => waiting[i] is not null).GroupBy(i => files[i].Config.Linter))
        {
            FinishWithBatch(group.Key, [.. group], waiting, results);
        }

        return results;
    }

    /// <summary>Decodes, fixes (with <c>--fix</c>) and analyses one file, or returns the result that says why it cannot be read.</summary>
    private (FileAnalysis? Analysis, FileLintResult? Failure, int Fixes) Analyze(string fullPath, Linter linter)
    {
        if (options.Fix)
        {
            writer.CleanFolder(Path.GetDirectoryName(fullPath)!);
        }

        var (document, failure) = linter.LoadFile(fullPath, display(fullPath));
        if (document is null)
        {
            return (null, failure, 0);
        }

        var (checkedDocument, fixes, problems) = options.Fix ? Fix(fullPath, document, linter, cancellationToken) : (document, 0, []);
        var analysis = linter.Analyze(checkedDocument, cancellationToken);
        return (problems.IsEmpty ? analysis : analysis with { Diagnostics = [.. analysis.Diagnostics, .. problems] }, null, fixes);
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

    /// <summary>Parses the waiting files of one linter again, runs its batch rules over them in file order, and finishes each.</summary>
    private void FinishWithBatch(Linter linter, int[] indexes, Waiting?[] waiting, (FileLintResult Result, int Fixes)[] results)
    {
        var documents = new PostDocument[indexes.Length];
        Parallel.For(0, indexes.Length, _parallel, k =>
            documents[k] = linter.Parse(waiting[indexes[k]]!.Source) ?? throw new InvalidOperationException($"{waiting[indexes[k]]!.Source.Path} no longer parses"));
        var added = linter.BatchDiagnostics(documents, cancellationToken);
        Parallel.For(0, indexes.Length, _parallel, k =>
        {
            var file = waiting[indexes[k]]!;
            var diagnostics = added.TryGetValue(documents[k], out var extra) ? file.Diagnostics.AddRange(extra) : file.Diagnostics;
            results[indexes[k]] = (linter.Finish(new FileAnalysis(file.Source, documents[k], diagnostics), cancellationToken).ForReport(), file.Fixes);
            waiting[indexes[k]] = null;
            documents[k] = null!;
        });
    }
}
