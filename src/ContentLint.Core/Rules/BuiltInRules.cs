using System.Collections.Immutable;
using System.Reflection;

namespace ContentLint.Core.Rules;

/// <summary>
/// The rules every linter has: the compiled rules of this assembly (every non-abstract
/// <see cref="PostRule"/> with a parameterless constructor, discovered) and the default rule pack.
/// </summary>
public static class BuiltInRules
{
    private static readonly ImmutableArray<Type> RuleTypes =
    [
        .. typeof(PostRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PostRule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>New instances of every built-in per-post rule (compiled rules and the default pack), ordered by ID.</summary>
    public static ImmutableArray<PostRule> Create() =>
        [.. RuleTypes.Select(t => (PostRule)Activator.CreateInstance(t)!).Concat(DefaultRulePack.Create().PostRules).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];

    /// <summary>The default pack's rules that look across posts.</summary>
    public static ImmutableArray<BatchRule> CreateBatch() => DefaultRulePack.Create().BatchRules;
}
