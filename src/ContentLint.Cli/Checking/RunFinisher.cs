using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Checking;

/// <summary>
/// The run step of <c>check</c> and <c>merge</c>: per configuration, runs the cross-post rules over the
/// facts of every file (ordered by path, so shards merge into what one run finds) and the rules that need
/// every parsed file over the files kept for them, then finishes each file. A finding lands on a file
/// whose result kept no text: the text is read again when it is unchanged (same hash), for excerpts;
/// otherwise the finding keeps the position recorded with the fact and <paramref name="warn"/> says why.
/// </summary>
internal sealed class RunFinisher(string workingDirectory, Action<string> warn, CancellationToken cancellationToken)
{
    private readonly ParallelOptions _parallel = new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>The final result of each record, in the same order; without <paramref name="decide"/>, cross-post rules that work from facts are left out (one shard's report).</summary>
    public FileLintResult[] Finish(IReadOnlyList<FileRecord> records, bool decide = true)
    {
        var results = new FileLintResult[records.Count];
        foreach (var group in Enumerable.Range(0, records.Count).GroupBy(i => records[i].Config.Linter))
        {
            Finish(group.Key, [.. group], records, results, decide);
        }

        return results;
    }

    private void Finish(Linter linter, int[] indexes, IReadOnlyList<FileRecord> records, FileLintResult[] results, bool decide)
    {
        var facts = indexes.Select(i => records[i]).OrderBy(r => r.Path, StringComparer.Ordinal).SelectMany(r => r.Facts).ToList();
        var decided = (decide ? linter.Decide(facts, cancellationToken) : Array.Empty<(PostFact Fact, Diagnostic Diagnostic)>()).ToLookup(x => x.Fact.File, StringComparer.Ordinal);
        var waiting = indexes.Where(i => records[i].Pending is not null).ToArray();
        var documents = new PostDocument?[waiting.Length];
        // Parsed again from the text kept: parsing is deterministic, so this is the document the post rules ran on.
        Parallel.For(0, waiting.Length, _parallel, k => documents[k] = linter.Parse(records[waiting[k]].Pending!.Source));
        var parsed = documents.OfType<PostDocument>().ToList();
        var added = linter.HasDocumentBatchRules ? linter.BatchDiagnostics(parsed, documentRulesOnly: true, cancellationToken) : new Dictionary<PostDocument, List<Diagnostic>>();
        Parallel.For(0, waiting.Length, _parallel, k =>
        {
            var record = records[waiting[k]];
            var document = documents[k];
            var diagnostics = record.Pending!.Diagnostics
                .AddRange(document is not null && added.TryGetValue(document, out var extra) ? extra : [])
                .AddRange(decided[record.Path].Select(x => x.Diagnostic));
            results[waiting[k]] = linter.Finish(new FileAnalysis(record.Pending.Source, document, diagnostics), cancellationToken).ForReport();
        });

        foreach (var i in indexes.Where(i => records[i].Pending is null))
        {
            var record = records[i];
            var mine = decided[record.Path].ToList();
            if (mine.Count == 0)
            {
                results[i] = record.Result!;
                continue;
            }

            var source = record.Result!.Source ?? Reread(linter, record);
            results[i] = linter.WithDecided(record.Result, mine, mine.All(x => x.Fact.At.End <= source?.Text.Length) ? source : null);
        }
    }

    /// <summary>The file's text when it is as it was checked, else null (with a warning).</summary>
    private SourceDocument? Reread(Linter linter, FileRecord record)
    {
        var fullPath = Path.GetFullPath(record.Path, workingDirectory);
        var (source, _) = File.Exists(fullPath) ? linter.LoadFile(fullPath, record.Path) : (null, null);
        if (source is not null && ContentHashes.Of(source.Text) == record.ContentHash)
        {
            return source;
        }

        warn($"{record.Path} is {(source is null ? "missing" : "changed")} since it was checked: its cross-post findings are shown without an excerpt");
        return null;
    }
}
