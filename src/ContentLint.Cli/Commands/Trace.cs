using ContentLint.Core.Scripting;
using ContentLint.Pack;
using ContentLint.RuleHost.Client;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>CONTENTLINT_TRACE=1</c>: after a check, prints to stderr how script rules were obtained
/// (compiled or from the cache, and where the cache is) and every assembly loaded in the process,
/// so a warm run can be shown not to load the compiler (<c>Microsoft.CodeAnalysis*</c>), and the
/// shipped pack's compiled scripts (how many, trusted or sandboxed), which never need it.
/// </summary>
internal static class Trace
{
    public static bool IsEnabled => Environment.GetEnvironmentVariable("CONTENTLINT_TRACE") is "1" or "true";

    public static void WriteIfEnabled(TextWriter error, RuleHostClient host)
    {
        if (!IsEnabled)
        {
            return;
        }

        // User scripts are compiled in the rule host: these figures are its own (none when no script rule started one).
        var stats = host.Stats() ?? new HostStats(0, 0, false, BuiltInRules.ScriptSettings.CacheDirectory ?? ScriptCache.DefaultDirectory(Environment.GetEnvironmentVariable));
        error.WriteLine($"contentlint: trace: scripts compiled={stats.Compiled} cache-hits={stats.CacheHits} compiler-loaded={stats.CompilerLoaded.ToString().ToLowerInvariant()} cache={stats.CacheDirectory} host-starts={host.Starts} host-calls={host.Calls}");
        var pack = PackScripts.Compiled;
        error.WriteLine($"contentlint: trace: pack-scripts={pack.Scripts.Length} {(pack.Sandboxed ? "sandboxed" : "trusted")} {BuiltInRules.Shipped.Identity}");
        var names = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal);
        error.WriteLine($"contentlint: trace: assemblies {string.Join(' ', names)}");
    }
}
