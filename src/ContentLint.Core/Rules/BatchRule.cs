using ContentLint.Core.Documents;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Rules;

/// <summary>
/// A rule that looks at all the posts of a run at once (shares per persona and week, consistency
/// across posts). It runs after the per-post rules, over every file checked with the same configuration.
/// A rule with <see cref="UsesFacts"/> works in two steps — <see cref="Collect"/> keeps compact facts of
/// each post, <see cref="Decide"/> reports from all of them — so a run keeps facts instead of posts and
/// can be sharded and cached. Otherwise it overrides <see cref="Check"/> and sees every parsed file.
/// </summary>
public abstract class BatchRule
{
    /// <summary>The rule's metadata.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>True when the rule works from per-post facts (<see cref="Collect"/>, <see cref="Decide"/>).</summary>
    public virtual bool UsesFacts => false;

    /// <summary>The per-post step: keeps what <see cref="Decide"/> needs of one post.</summary>
    public virtual void Collect(FactCollectContext context) => throw new NotSupportedException($"{Descriptor.Id} does not work from facts.");

    /// <summary>The run step: decides from the facts of every post and reports at their places.</summary>
    public virtual void Decide(FactDecideContext context) => throw new NotSupportedException($"{Descriptor.Id} does not work from facts.");

    /// <summary>
    /// Checks <see cref="BatchRuleContext.Documents"/> and reports through the context. For a rule that
    /// uses facts: both steps over the documents given (in their order), for callers that have them all.
    /// </summary>
    public virtual void Check(BatchRuleContext context)
    {
        if (!UsesFacts)
        {
            throw new NotSupportedException($"{Descriptor.Id} overrides neither Check nor Collect and Decide.");
        }

        var facts = new List<PostFact>();
        var documentOf = new Dictionary<PostFact, PostDocument>(ReferenceEqualityComparer.Instance);
        foreach (var document in context.Documents)
        {
            foreach (var post in document.Posts)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Collect(new FactCollectContext(Descriptor, post, document, context.Configuration, context.Channels, fact =>
                {
                    facts.Add(fact);
                    documentOf[fact] = document;
                }, diagnostic => context.Add(document, diagnostic), context.CancellationToken));
            }
        }

        Decide(new FactDecideContext(Descriptor, facts, context.Configuration, context.Channels, (fact, diagnostic) => context.Add(documentOf[fact], diagnostic), context.CancellationToken));
    }
}
