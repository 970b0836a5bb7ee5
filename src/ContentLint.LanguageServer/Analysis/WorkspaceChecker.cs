using System.Collections.Concurrent;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Engine;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Workspace;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>
/// Checks every content file of some folders as <c>contentlint check</c> does — each with the configuration
/// nearest to it (skipped while that configuration has errors, which are reported instead), the per-post
/// rules, then each configuration's batch rules over its files — taking open documents from the editor.
/// Findings on files that are not open are published (open ones are already published or pulled live).
/// </summary>
internal sealed class WorkspaceChecker(DocumentStore documents, LinterProvider linters, DiagnosticsPublisher publisher, ClientSession client)
{
    private readonly ConcurrentDictionary<string, bool> _published = new(StringComparer.Ordinal);

    /// <summary>The results of every content file under <paramref name="folders"/>, then of the configuration and rule files of the configurations used.</summary>
    public IReadOnlyList<FileLintResult> Check(IReadOnlyList<string> folders, CancellationToken cancellationToken)
    {
        var open = documents.All.ToDictionary(d => d.Path, StringComparer.Ordinal);
        var results = new List<FileLintResult>();
        var used = new HashSet<WorkspaceLinter>(ReferenceEqualityComparer.Instance);
        foreach (var folder in folders)
        {
            var unreadable = new List<(string Path, string Reason)>();
            var files = Directory.Exists(folder) ? ContentFileFinder.Find(folder, dir => linters.GetLinter(dir).Linter.Configuration, unreadable) : [];
            var reporter = linters.GetLinter(folder);
            used.Add(reporter);
            results.AddRange(unreadable.Select(u => reporter.Linter.FromDiagnostics(u.Path, null, null, [Diagnostic.Create(ParseRules.UnreadablePath, default, ("path", u.Path), ("reason", u.Reason))])));
            if (!Directory.Exists(folder))
            {
                results.Add(reporter.Linter.FromDiagnostics(folder, null, null, [Diagnostic.Create(ParseRules.UnreadablePath, default, ("path", folder), ("reason", "not found"))]));
            }

            foreach (var group in files.GroupBy(linters.GetLinter, ReferenceEqualityComparer.Instance))
            {
                var workspace = (WorkspaceLinter)group.Key!;
                used.Add(workspace);
                if (!workspace.PolicyUnreadable)
                {
                    results.AddRange(CheckFiles(workspace.Linter, [.. group], open, cancellationToken));
                }
            }
        }

        results.AddRange(used.SelectMany(w => w.ConfigResults.Where(r => !r.Findings.IsEmpty).Concat(w.RuleFileResults)).DistinctBy(r => r.Path));
        return [.. results.DistinctBy(r => r.Path).OrderBy(r => r.Path, StringComparer.Ordinal)];
    }

    /// <summary>Publishes the findings of each result on a file that is not open (an empty list clears a file's earlier findings).</summary>
    public async Task PublishAsync(IEnumerable<FileLintResult> results)
    {
        foreach (var result in results)
        {
            var uri = DocumentUris.FromPath(result.Path);
            if (documents.Get(uri) is null)
            {
                _published[uri] = true;
                await publisher.PublishAsync(uri, null, FindingRows.ToDiagnostics(result.Findings, client.Locale)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A document was opened: the editor owns its findings from now on. A client that pulls diagnostics
    /// keeps pushed ones beside them, so what the check published on it is cleared.
    /// </summary>
    public void Opened(string uri)
    {
        if (_published.TryRemove(uri, out _) && !client.PushDiagnostics)
        {
            publisher.PublishEmpty(uri, version: null);
        }
    }

    private static FileLintResult[] CheckFiles(Linter linter, string[] paths, Dictionary<string, TextDocumentSnapshot> open, CancellationToken cancellationToken)
    {
        var results = new FileLintResult[paths.Length];
        var analyses = new FileAnalysis?[paths.Length];
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (source, failure) = open.TryGetValue(paths[i], out var snapshot) ? (snapshot.ToSource(), null) : linter.LoadFile(paths[i], paths[i]);
            if (source is null)
            {
                results[i] = failure!;
                return;
            }

            analyses[i] = linter.Analyze(source, cancellationToken);
        });

        var indexes = Enumerable.Range(0, paths.Length).Where(i => analyses[i] is not null).ToArray();
        var batched = linter.RunBatch([.. indexes.Select(i => analyses[i]!)], cancellationToken);
        for (var k = 0; k < indexes.Length; k++)
        {
            results[indexes[k]] = linter.Finish(batched[k], cancellationToken);
        }

        return results;
    }
}
