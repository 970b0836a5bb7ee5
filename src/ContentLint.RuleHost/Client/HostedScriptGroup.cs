using System.Collections.Concurrent;
using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// The per-post script rules of one configuration, run in the rule host a document at a time; the
/// documents that workers hand over together go in one call (<see cref="CoalescedChecks"/>, or
/// <see cref="StreamedChecks"/> for a run over many files that awaits its documents). When a
/// call gets no answer (the host died or hung), each of its documents is checked again alone, under
/// exclusive use of the host, and split — its posts in halves, then a single post's rules one by one —
/// until the (post, rule) at fault is found: it is reported there (CL0030 for a crash, CL0034 for a
/// hang) and disabled for the rest of the run; every other post and rule gets its findings.
/// </summary>
/// <param name="client">The host.</param>
/// <param name="config">The configuration's full path.</param>
/// <param name="limits">Its script budget (the watchdog's deadlines derive from it).</param>
internal sealed class HostedScriptGroup(RuleHostClient client, string config, ScriptConfiguration limits) : PostRuleGroup
{
    private readonly ConcurrentDictionary<string, HostFault> _faults = new(StringComparer.Ordinal);
    private readonly CoalescedChecks _coalesced = new(client, config, limits);
    private readonly StreamedChecks _streamed = new(client, config, limits);

    /// <summary>The configuration's full path.</summary>
    public string Config => config;

    /// <inheritdoc />
    public override ImmutableArray<Diagnostic> Check(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules, CancellationToken cancellationToken)
    {
        rules = LoadedOnly(rules);
        var (repeated, active) = Split(document, posts, rules);
        if (active.Count == 0 || posts.Count == 0)
        {
            return [.. repeated];
        }

        var (found, _) = client.Shared(() => _coalesced.Check(Batch(document, posts, active), cancellationToken));
        return found is not null
            ? [.. repeated, .. FromWire(found, active)]
            : [.. repeated, .. client.Exclusive(() => Bisect(document, posts, active, cancellationToken))];
    }

    /// <inheritdoc />
    public override async Task<ImmutableArray<Diagnostic>> CheckAsync(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules, CancellationToken cancellationToken)
    {
        if (rules.Any(r => !Loaded(r).IsCompleted))
        {
            await Task.WhenAll(rules.Select(Loaded)).ConfigureAwait(false);
        }

        rules = LoadedOnly(rules);
        var (repeated, active) = Split(document, posts, rules);
        if (active.Count == 0 || posts.Count == 0)
        {
            return [.. repeated];
        }

        var (found, _) = await _streamed.CheckAsync(Batch(document, posts, active), cancellationToken).ConfigureAwait(false);
        return found is not null
            ? [.. repeated, .. FromWire(found, active)]
            : [.. repeated, .. await Task.Run(() => client.Exclusive(() => Bisect(document, posts, active, cancellationToken)), cancellationToken).ConfigureAwait(false)];
    }

    /// <summary>The findings of <paramref name="rules"/> already disabled at one of <paramref name="posts"/> (said again), and the rules still to run.</summary>
    private (List<Diagnostic> Repeated, List<GroupedPostRule> Active) Split(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules)
    {
        var repeated = rules.Select(r => _faults.GetValueOrDefault(r.Descriptor.Id)).OfType<HostFault>()
            .Where(f => f.Path == document.Source.Path && posts.Contains(f.Post)).Select(f => f.Diagnostic).ToList();
        return (repeated, Active(rules));
    }

    /// <summary>Whether the rule's script is loaded in the host (it may still be loading: see <see cref="HostedScriptRule"/>).</summary>
    private static Task<bool> Loaded(GroupedPostRule rule) => rule is HostedScriptRule hosted ? hosted.Loaded : Task.FromResult(true);

    /// <summary><paramref name="rules"/> less those whose script failed to load (waiting for loads still under way); the same list when all loaded.</summary>
    private static IReadOnlyList<GroupedPostRule> LoadedOnly(IReadOnlyList<GroupedPostRule> rules) =>
        rules.All(r => Loaded(r).GetAwaiter().GetResult()) ? rules : [.. rules.Where(r => Loaded(r).GetAwaiter().GetResult())];

    private List<GroupedPostRule> Active(IEnumerable<GroupedPostRule> rules) => [.. rules.Where(r => !_faults.ContainsKey(r.Descriptor.Id))];

    private PostBatch Batch(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules) =>
        new(config, document, [.. posts], [.. rules.Select(r => r.Descriptor.Id)]);

    private static ImmutableArray<Diagnostic> FromWire(WireDiagnostic[] found, IReadOnlyList<GroupedPostRule> rules)
    {
        var byId = rules.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.Ordinal);
        return WireCodec.FromWire(found, id => byId.GetValueOrDefault(id) ?? EngineRule(id));
    }

    /// <summary>One document alone (bisection): its findings, or why the host gave none.</summary>
    private (ImmutableArray<Diagnostic>? Findings, HostFailure? Failure) Run(PostDocument document, IReadOnlyList<int> posts, IReadOnlyList<GroupedPostRule> rules, CancellationToken cancellationToken)
    {
        var batch = Batch(document, posts, rules);
        var deadline = RuleHostLimits.Deadline(limits.Budget, posts.Count * rules.Count);
        var (found, failure) = client.Call(config, batch.Rules, h => h.CheckAsync(batch), deadline, cancellationToken);
        return found is null ? (null, failure) : (FromWire(found, rules), null);
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
