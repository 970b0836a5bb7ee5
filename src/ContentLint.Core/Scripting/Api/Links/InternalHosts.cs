using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;

namespace ContentLint.Core.Scripting.Api.Links;

/// <summary>The policy's <c>internalHosts</c>, compiled once per configuration.</summary>
public static class InternalHosts
{
    private static readonly ConditionalWeakTable<ContentPolicy, HostGlobs> Globs = [];

    /// <summary>The configured host globs of <paramref name="policy"/>.</summary>
    public static HostGlobs Of(ContentPolicy policy) => Globs.GetValue(policy, p => new HostGlobs(p.InternalHosts));
}
