using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Engine;

/// <summary>The batch step: rules that look at every file of a run together.</summary>
public sealed partial class Linter
{
    /// <summary>Runs the batch rules over <paramref name="files"/> and returns them with the batch findings added.</summary>
    public ImmutableArray<FileAnalysis> RunBatch(IReadOnlyList<FileAnalysis> files, CancellationToken cancellationToken = default)
    {
        if (_batchRules.IsEmpty)
        {
            return [.. files];
        }

        var added = BatchDiagnostics([.. files.Select(f => f.Document).OfType<PostDocument>()], cancellationToken: cancellationToken);
        return [.. files.Select(f => f.Document is { } d && added.TryGetValue(d, out var extra) ? f with { Diagnostics = f.Diagnostics.AddRange(extra) } : f)];
    }

    /// <summary>
    /// Runs the batch rules over <paramref name="documents"/> (in that order) and returns what they
    /// reported, per document; documents without a finding are absent.
    /// </summary>
    /// <param name="documents">The files, in run order.</param>
    /// <param name="documentRulesOnly">True runs only the rules without facts (the others ran through <see cref="Collect"/> and <see cref="Decide"/>).</param>
    /// <param name="cancellationToken">Stops the work when the result is no longer wanted.</param>
    public IReadOnlyDictionary<PostDocument, List<Diagnostic>> BatchDiagnostics(IReadOnlyList<PostDocument> documents, bool documentRulesOnly = false, CancellationToken cancellationToken = default)
    {
        var added = new Dictionary<PostDocument, List<Diagnostic>>(ReferenceEqualityComparer.Instance);
        void Add(PostDocument document, Diagnostic diagnostic)
        {
            lock (added)
            {
                (added.TryGetValue(document, out var list) ? list : added[document] = []).Add(diagnostic);
            }
        }

        foreach (var rule in _batchRules.Where(r => !documentRulesOnly || !r.UsesFacts))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new BatchRuleContext(rule.Descriptor, documents, Configuration, Channels, Add, cancellationToken);
            try
            {
                rule.Check(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var first = documents.FirstOrDefault(d => !d.Posts.IsEmpty);
                if (first is not null)
                {
                    Add(first, Diagnostic.Create(ExecutionRules.RuleCrashed, first.Posts[0].Span, ("rule", rule.Descriptor.Id), ("post", "(all posts)"), ("exception", $"{ex.GetType().Name}: {ex.Message}")));
                }
            }
        }

        return added;
    }
}
