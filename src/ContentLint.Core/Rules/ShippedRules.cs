using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Rules;

/// <summary>
/// The rules that ship with the tool (the compiled rules and the rule pack of <c>ContentLint.Pack</c>),
/// handed explicitly to whatever builds linters: Core does not know where they come from. A user
/// rule with one of their IDs overrides it (<see cref="Loading.RulePackLoader"/>).
/// </summary>
/// <param name="createPostRules">New instances of the shipped per-post rules.</param>
/// <param name="createBatchRules">New instances of the shipped rules that look across posts.</param>
/// <param name="identity">A hash of the shipped pack, part of the script cache key.</param>
public sealed class ShippedRules(Func<ImmutableArray<PostRule>> createPostRules, Func<ImmutableArray<BatchRule>> createBatchRules, string identity)
{
    private readonly Lazy<ImmutableArray<RuleDescriptor>> _descriptors = new(() =>
        [.. createPostRules().Select(r => r.Descriptor).Concat(createBatchRules().Select(r => r.Descriptor))]);

    /// <summary>No shipped rules (tests of the engine alone).</summary>
    public static ShippedRules None { get; } = new(() => [], () => [], "none");

    /// <summary>A hash of the shipped pack (the script cache key includes it).</summary>
    public string Identity => identity;

    /// <summary>The shipped rules' descriptors, ordered by ID.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors => _descriptors.Value;

    /// <summary>New instances of the shipped per-post rules, ordered by ID.</summary>
    public ImmutableArray<PostRule> CreatePostRules() => createPostRules();

    /// <summary>New instances of the shipped batch rules.</summary>
    public ImmutableArray<BatchRule> CreateBatchRules() => createBatchRules();
}
