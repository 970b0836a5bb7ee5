using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Engine;

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

        var documents = files.Select(f => f.Document).OfType<PostDocument>().ToList();
        var added = new ConditionalWeakTable<PostDocument, List<Diagnostic>>();
        foreach (var rule in _batchRules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new BatchRuleContext(rule.Descriptor, documents, Configuration, Channels, (document, diagnostic) => added.GetOrCreateValue(document).Add(diagnostic), cancellationToken);
            try
            {
                rule.Check(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var first = documents.FirstOrDefault(d => !d.Posts.IsEmpty);
                if (first is not null)
                {
                    added.GetOrCreateValue(first).Add(Diagnostic.Create(ExecutionRules.RuleCrashed, first.Posts[0].Span, ("rule", rule.Descriptor.Id), ("post", "(all posts)"), ("exception", $"{ex.GetType().Name}: {ex.Message}")));
                }
            }
        }

        return [.. files.Select(f => f.Document is { } d && added.TryGetValue(d, out var extra) ? f with { Diagnostics = f.Diagnostics.AddRange(extra) } : f)];
    }
}
