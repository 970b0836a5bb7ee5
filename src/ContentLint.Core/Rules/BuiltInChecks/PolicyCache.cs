using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;

namespace ContentLint.Core.Rules.BuiltInChecks;

/// <summary>
/// Something a check builds from the configuration once (a term matcher, compiled lists) and reuses
/// for every post checked with that configuration; released with the configuration.
/// </summary>
/// <typeparam name="T">What is built.</typeparam>
public sealed class PolicyCache<T>(Func<ContentPolicy, T> build)
    where T : class
{
    private readonly ConditionalWeakTable<ContentPolicy, T> _values = [];

    /// <summary>The value for <paramref name="policy"/>, built on first use.</summary>
    public T Get(ContentPolicy policy) => _values.GetValue(policy, p => build(p));
}
