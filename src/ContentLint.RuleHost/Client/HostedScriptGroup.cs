using System.Collections.Concurrent;
using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// The per-post script rules of one configuration, run in the rule host a document at a time. When
/// a batch gets no answer (the host died or hung), the batch is split — its posts in halves, then a
/// single post's rules one by one — and the parts run again alone until the (post, rule) at fault is found: it is reported there
/// (CL0030 for a crash, CL0034 for a hang) and disabled for the rest of the run; every other post
/// and rule of the batch gets its findings.
/// </summary>
/// <param name="client">The host.</param>
/// <param name="config">The configuration's full path.</param>
/// <param name="limits">Its script budget (the watchdog's deadlines derive from it).</param>
internal sealed class HostedScriptGroup(RuleHostClient client, string config, ScriptConfiguration limits) : PostRuleGroup
{
    private readonly ConcurrentDictionary<string, HostFault> _faults = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableArray<Diagnostic> Check(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules, CancellationToken cancellationToken)
    {
        var repeated = rules.Select(r => _faults.GetValueOrDefault(r.Descriptor.Id)).OfType<HostFault>()
            .Where(f => f.Path == document.Source.Path && posts.Contains(f.Post)).Select(f => f.Diagnostic).ToList();
        var active = Active(rules);
        if (active.Count == 0 || posts.Count == 0)
        {
            return [.. repeated];
        }

        var (findings, _) = client.Shared(() => Run(document, posts, active, cancellationToken));
        return findings is { } answered
            ? [.. repeated, .. answered]
            : [.. repeated, .. client.Exclusive(() => Bisect(document, posts, active, cancellationToken))];
    }

    private List<GroupedPostRule> Active(IEnumerable<GroupedPostRule> rules) => [.. rules.Where(r => !_faults.ContainsKey(r.Descriptor.Id))];

    private (ImmutableArray<Diagnostic>? Findings, HostFailure? Failure) Run(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules, CancellationToken cancellationToken)
    {
        var batch = new PostBatch(config, document.Source.Path, document.Source.Text, [.. posts], [.. rules.Select(r => r.Descriptor.Id)]);
        var deadline = RuleHostLimits.Deadline(limits.Budget, posts.Count * rules.Count);
        var (found, failure) = client.Call(config, batch.Rules, h => h.CheckAsync(batch), deadline, cancellationToken);
        if (found is null)
        {
            return (null, failure);
        }

        var byId = rules.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.Ordinal);
        return (WireCodec.FromWire(found, id => byId.GetValueOrDefault(id) ?? EngineRule(id)), null);
    }

    private IEnumerable<Diagnostic> Bisect(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules, CancellationToken cancellationToken)
    {
        var active = Active(rules);
        if (active.Count == 0)
        {
            return [];
        }

        var (found, failure) = Run(document, posts, active, cancellationToken);
        if (found is { } answered)
        {
            return answered;
        }

        if (posts.Count > 1)
        {
            var half = posts.Count / 2;
            return [.. Bisect(document, [.. posts.Take(half)], active, cancellationToken), .. Bisect(document, [.. posts.Skip(half)], active, cancellationToken)];
        }

        if (active.Count > 1)
        {
            // One rule at a time: a restart per rule at fault, where halving would pay one per level.
            return [.. active.SelectMany(rule => Bisect(document, posts, [rule], cancellationToken))];
        }

        return [Disable(active[0].Descriptor, document, posts[0], failure!)];
    }

    private Diagnostic Disable(RuleDescriptor rule, PostDocument document, int postIndex, HostFailure failure)
    {
        var post = document.Posts[postIndex];
        var diagnostic = HostFaults.Describe(failure, rule, post.Span, post.Id, limits) with { PostId = post.Id };
        _faults.TryAdd(rule.Id, new HostFault(document.Source.Path, postIndex, diagnostic));
        client.Forget(config, rule.Id);
        return diagnostic;
    }

    private static RuleDescriptor EngineRule(string id) =>
        RuleCatalog.EngineRules.FirstOrDefault(r => r.Id == id) ?? throw new InvalidOperationException($"The rule host reported {id}, which it was not asked to run.");

    private sealed record HostFault(string Path, int Post, Diagnostic Diagnostic);
}
