using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules;

/// <summary>
/// Evaluates several <see cref="GroupedPostRule"/>s together, a whole document at a time: script
/// rules run in the rule host process, where one round trip per document (not per post and rule)
/// keeps the process boundary cheap. The linter hands each document to each group once.
/// </summary>
public abstract class PostRuleGroup
{
    /// <summary>
    /// Runs <paramref name="rules"/> on <paramref name="posts"/> (indexes in <paramref name="document"/>'s posts)
    /// and returns their findings; a rule that fails is reported (CL0030/CL0034), never thrown.
    /// </summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="posts">Indexes of the posts to check.</param>
    /// <param name="rules">The rules to run, all of this group.</param>
    /// <param name="cancellationToken">Cancelled when the run is abandoned.</param>
    public abstract ImmutableArray<Diagnostic> Check(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="Check"/> for a caller that can go on with other work meanwhile (a run over many files):
    /// a group that waits on another process answers when it answers, holding no thread, so it can wait
    /// for many documents' worth and evaluate them together. By default, <see cref="Check"/> on this thread.
    /// </summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="posts">Indexes of the posts to check.</param>
    /// <param name="rules">The rules to run, all of this group.</param>
    /// <param name="cancellationToken">Cancelled when the run is abandoned.</param>
    public virtual Task<ImmutableArray<Diagnostic>> CheckAsync(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules, CancellationToken cancellationToken) =>
        Task.FromResult(Check(document, posts, rules, cancellationToken));
}

/// <summary>A per-post rule that its <see cref="Group"/> evaluates (see <see cref="PostRuleGroup"/>).</summary>
public abstract class GroupedPostRule : PostRule
{
    /// <summary>The evaluator shared with the other rules of the group.</summary>
    public abstract PostRuleGroup Group { get; }

    /// <summary>Checks one post alone: a group of one rule and one post.</summary>
    public override void Check(PostRuleContext context)
    {
        var index = context.Document.Posts.IndexOf(context.Post);
        foreach (var diagnostic in Group.Check(context.Document, [index], [this], context.CancellationToken))
        {
            context.Add(diagnostic);
        }
    }
}
