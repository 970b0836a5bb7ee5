using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Engine;

/// <summary>
/// The two steps of the cross-post rules that work from facts: <see cref="Collect"/> per file, right
/// after its post rules, and <see cref="Decide"/> once, over the facts of every file of the run.
/// </summary>
public sealed partial class Linter
{
    /// <summary>True when some cross-post rules need every parsed file (they cannot run from facts: no shards, no cache).</summary>
    public bool HasDocumentBatchRules => _batchRules.Any(r => !r.UsesFacts);

    /// <summary>True when some cross-post rules work from facts.</summary>
    public bool HasFactRules => _batchRules.Any(r => r.UsesFacts);

    /// <summary>The cross-post rules that need every parsed file (see <see cref="HasDocumentBatchRules"/>).</summary>
    public IEnumerable<RuleDescriptor> DocumentBatchRules => _batchRules.Where(r => !r.UsesFacts).Select(r => r.Descriptor);

    /// <summary>
    /// Runs the per-post step of the fact rules on every post of <paramref name="document"/>: returns the
    /// facts kept and adds what a post alone decides to <paramref name="diagnostics"/>. A rule that throws
    /// gets CL0030 on that post, as a post rule would.
    /// </summary>
    public ImmutableArray<PostFact> Collect(PostDocument document, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var facts = ImmutableArray.CreateBuilder<PostFact>();
        foreach (var rule in _batchRules.Where(r => r.UsesFacts))
        {
            foreach (var post in document.Posts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var kept = new List<PostFact>();
                var found = new List<Diagnostic>();
                try
                {
                    rule.Collect(new FactCollectContext(rule.Descriptor, post, document, Configuration, Channels, kept.Add, found.Add, cancellationToken));
                    facts.AddRange(kept);
                    diagnostics.AddRange(found);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    diagnostics.Add(Diagnostic.Create(ExecutionRules.RuleCrashed, post.Span, ("rule", rule.Descriptor.Id), ("post", post.Id), ("exception", $"{ex.GetType().Name}: {ex.Message}")) with { PostId = post.Id });
                }
            }
        }

        return facts.ToImmutable();
    }

    /// <summary>
    /// True when a suppression comment of <paramref name="document"/> could silence a finding of the run step
    /// (or stop being unused because of one): it names no rule, a rule that works from facts, or an engine
    /// rule the run step can report (CL0030, CL0034). Such a file is finished with the run step. A name no
    /// rule answers to concerns nothing: no step can report under it (it is CL0012 either way), and keeping
    /// the file for the run step would hold its text and parse it a second time for nothing.
    /// </summary>
    public bool SuppressionsConcernFacts(PostDocument document) =>
        document.Suppressions.Any(comment => comment.Rules.IsEmpty || comment.Rules.Any(name => Catalog.Find(name.Value) is { } rule
            && (rule == ExecutionRules.RuleCrashed || rule == ScriptRules.RuleOverBudget || _batchRules.Any(r => r.UsesFacts && r.Descriptor == rule))));

    /// <summary>
    /// Runs the run step of each fact rule over its facts in <paramref name="facts"/> (in the given order:
    /// callers sort by file path) and returns the findings with the fact each is about. A rule that
    /// throws gets CL0030 once, at its first fact, for all posts.
    /// </summary>
    public IReadOnlyList<(PostFact Fact, Diagnostic Diagnostic)> Decide(IReadOnlyList<PostFact> facts, CancellationToken cancellationToken = default)
    {
        var found = new List<(PostFact, Diagnostic)>();
        var byRule = facts.GroupBy(f => f.Rule, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<PostFact>)[.. g], StringComparer.Ordinal);
        foreach (var rule in _batchRules.Where(r => r.UsesFacts))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (byRule.GetValueOrDefault(rule.Descriptor.Id) is not { } mine)
            {
                continue; // Nothing to report at: a finding of the run step is always at a fact.
            }

            var reported = new List<(PostFact, Diagnostic)>();
            try
            {
                rule.Decide(new FactDecideContext(rule.Descriptor, mine, Configuration, Channels, (fact, diagnostic) => reported.Add((fact, diagnostic)), cancellationToken));
                found.AddRange(reported);
            }
            catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
            {
                found.Add((mine[0], Diagnostic.Create(ExecutionRules.RuleCrashed, mine[0].At, ("rule", rule.Descriptor.Id), ("post", "(all posts)"), ("exception", $"{ex.GetType().Name}: {ex.Message}"))));
            }
        }

        return found;
    }

    /// <summary>
    /// <paramref name="result"/> (finished without the run step) with the run step's findings on it added,
    /// as if they had been found with the rest: severities from the configuration, one finding per rule,
    /// span and message, in report order. Positions come from <paramref name="source"/> when given (the
    /// file's text, then also the result's), else from the facts.
    /// </summary>
    public FileLintResult WithDecided(FileLintResult result, IEnumerable<(PostFact Fact, Diagnostic Diagnostic)> decided, SourceDocument? source)
    {
        var added = decided
            .Select(x => (x.Fact, x.Diagnostic, Severity: _severities.Resolve(x.Diagnostic.Rule, result.Path)))
            .Where(x => x.Severity != Severity.Off)
            .Select(x => new Finding(x.Diagnostic.Rule, x.Severity, x.Diagnostic.Message, result.Path, x.Diagnostic.Span, source?.Lines.GetPositionSpan(x.Diagnostic.Span) ?? x.Fact.Position, x.Diagnostic.Fixes, x.Diagnostic.PostId) { MessageArguments = x.Diagnostic.MessageArguments })
            .ToList();
        return added.Count == 0 ? result : result with { Source = source ?? result.Source, Findings = InReportOrder(result.Findings.Concat(added)) };
    }

    /// <summary>One finding per rule, span and message (the first), sorted by span, then rule ID and message.</summary>
    private static ImmutableArray<Finding> InReportOrder(IEnumerable<Finding> findings) =>
        [.. findings
            .DistinctBy(f => (f.Rule.Id, f.Span, f.Message))
            .OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)];
}
