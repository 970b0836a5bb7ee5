using System.Collections.Immutable;

namespace ContentLint.Core.Rules.BuiltInChecks;

/// <summary>The built-in checks of this assembly, found by reflection (no registration list).</summary>
public static class BuiltInCheckCatalog
{
    private static readonly Lazy<ImmutableDictionary<string, object>> Checks = new(() =>
        typeof(IBuiltInCheck).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null && (typeof(IBuiltInCheck).IsAssignableFrom(t) || typeof(IBuiltInBatchCheck).IsAssignableFrom(t)))
            .Select(Activator.CreateInstance)
            .OfType<object>()
            .ToImmutableDictionary(c => c is IBuiltInCheck p ? p.Name : ((IBuiltInBatchCheck)c).Name, StringComparer.Ordinal));

    /// <summary>Every check name.</summary>
    public static IEnumerable<string> Names => Checks.Value.Keys.Order(StringComparer.Ordinal);

    /// <summary>The per-post check named <paramref name="name"/>, or null.</summary>
    public static IBuiltInCheck? FindPostCheck(string name) => Checks.Value.GetValueOrDefault(name) as IBuiltInCheck;

    /// <summary>The batch check named <paramref name="name"/>, or null.</summary>
    public static IBuiltInBatchCheck? FindBatchCheck(string name) => Checks.Value.GetValueOrDefault(name) as IBuiltInBatchCheck;
}
