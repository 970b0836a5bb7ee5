namespace ContentLint.Scripting;

/// <summary>Explains, by namespace or type, why a type is outside the sandbox's allow-list.</summary>
internal static class ForbiddenReasons
{
    private static readonly (string Prefix, string Why)[] Reasons =
    [
        ("System.IO", "file system access"),
        ("System.Net", "network access"),
        ("System.Diagnostics", "processes and diagnostics"),
        ("System.Reflection", "reflection"),
        ("System.Type", "reflection"),
        ("System.Activator", "reflection"),
        ("System.AppDomain", "reflection and process control"),
        ("System.Delegate", "reflection on delegates"),
        ("System.MulticastDelegate", "reflection on delegates"),
        ("System.Runtime.InteropServices", "interop and raw memory"),
        ("System.Runtime.CompilerServices", "compiler and runtime internals (Unsafe, RuntimeHelpers)"),
        ("System.Runtime.Loader", "loading code"),
        ("System.Runtime", "runtime internals"),
        ("System.Threading", "threads, tasks and locks"),
        ("System.Linq.Parallel", "threads (PLINQ)"),
        ("System.Linq.Queryable", "expression compilation"),
        ("System.Linq.Expressions", "expression compilation"),
        ("System.Environment", "the process environment"),
        ("System.GC", "garbage collector control"),
        ("System.Console", "console input and output"),
        ("System.Buffer", "raw memory"),
        ("System.Security", "security APIs"),
        ("System.Timers", "timers (threads)"),
        ("System.TimeZoneInfo", "reading time zone files"),
        ("Microsoft", "platform APIs (registry, dynamic binder)"),
        ("ContentLint", "engine internals: scripts use ContentLint.Core.Scripting.Api"),
    ];

    public static string For(string fullName)
    {
        var why = fullName switch
        {
            "System.Linq.ParallelEnumerable" or "System.Linq.ParallelQuery" => "threads (PLINQ)",
            "System.Linq.Queryable" or "System.Linq.IQueryable" or "System.Linq.EnumerableQuery" => "expression compilation",
            _ => Reasons.FirstOrDefault(r => fullName.StartsWith(r.Prefix, StringComparison.Ordinal)).Why,
        };
        return why is null ? $"'{fullName}' is not on the allow-list" : $"{why} is not allowed ('{fullName}')";
    }
}
