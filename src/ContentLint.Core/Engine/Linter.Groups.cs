using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Engine;

/// <summary>Rules evaluated a document at a time (<see cref="PostRuleGroup"/>), and the rule host's half of it.</summary>
public sealed partial class Linter
{
    /// <summary>
    /// Runs the per-post rules whose IDs are in <paramref name="ruleIds"/> on the posts at
    /// <paramref name="posts"/> of <paramref name="document"/>: what the rule host does with one batch.
    /// Exceptions become CL0030 as in <see cref="Analyze"/>.
    /// </summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="posts">Indexes of the posts to check.</param>
    /// <param name="ruleIds">IDs of the rules to run.</param>
    /// <param name="cancellationToken">Cancelled when the run is abandoned.</param>
    public ImmutableArray<Diagnostic> CheckPosts(PostDocument document, IReadOnlyList<int> posts, IReadOnlySet<string> ruleIds, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        var rules = _rules.Where(r => ruleIds.Contains(r.Descriptor.Id)).ToList();
        foreach (var index in posts)
        {
            foreach (var rule in rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(rule, document.Posts[index], document, diagnostics, cancellationToken);
            }
        }

        return [.. diagnostics];
    }

    private void RunGroups(PostDocument document, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (_groups.IsEmpty || document.Posts.IsEmpty)
        {
            return;
        }

        var posts = Enumerable.Range(0, document.Posts.Length).ToList();
        foreach (var (group, rules) in _groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            diagnostics.AddRange(group.Check(document, posts, rules, cancellationToken));
        }
    }

    private async Task RunGroupsAsync(PostDocument document, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (_groups.IsEmpty || document.Posts.IsEmpty)
        {
            return;
        }

        var posts = Enumerable.Range(0, document.Posts.Length).ToList();
        foreach (var (group, rules) in _groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            diagnostics.AddRange(await group.CheckAsync(document, posts, rules, cancellationToken).ConfigureAwait(false));
        }
    }
}
