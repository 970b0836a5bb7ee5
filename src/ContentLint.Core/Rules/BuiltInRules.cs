using System.Collections.Immutable;
using System.Reflection;

namespace ContentLint.Core.Rules;

/// <summary>Discovers the compiled rules of this assembly: every non-abstract <see cref="PostRule"/> with a parameterless constructor.</summary>
public static class BuiltInRules
{
    private static readonly ImmutableArray<Type> RuleTypes =
    [
        .. typeof(PostRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PostRule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>New instances of every built-in rule, ordered by ID.</summary>
    public static ImmutableArray<PostRule> Create() =>
        [.. RuleTypes.Select(t => (PostRule)Activator.CreateInstance(t)!).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
}
