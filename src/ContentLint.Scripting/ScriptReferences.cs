using System.Collections.Immutable;
using ContentLint.Core.Scripting.Api;
using Microsoft.CodeAnalysis;

namespace ContentLint.Scripting;

/// <summary>
/// The metadata references of every script compilation: the framework assemblies that hold the
/// allow-list and the usual escape routes (so that a forbidden call is reported by name rather than
/// as an unknown name), and ContentLint.Core. Created once per process and shared: references are
/// immutable and Roslyn caches their metadata.
/// </summary>
internal static class ScriptReferences
{
    private static readonly string[] FrameworkAssemblies =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Collections.Immutable", "System.Collections.NonGeneric", "System.Collections.Concurrent",
        "System.ObjectModel", "System.Linq", "System.Linq.Parallel", "System.Linq.Queryable", "System.Linq.Expressions",
        "System.Text.RegularExpressions", "System.Memory", "System.Private.Uri", "System.Runtime.Extensions", "System.Console",
        "System.Diagnostics.Process", "System.ComponentModel.Primitives", "System.Net.Http", "System.Net.Primitives", "System.Net.Sockets",
        "System.Threading", "System.Threading.Thread", "System.Threading.Tasks.Parallel", "System.Runtime.InteropServices",
        "System.IO.FileSystem", "System.Runtime.Loader", "System.Reflection.Emit", "System.Text.Encoding.Extensions",
    ];

    public static ImmutableArray<MetadataReference> All { get; } = Create();

    private static ImmutableArray<MetadataReference> Create()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = FrameworkAssemblies
            .Select(name => Path.Combine(frameworkDirectory, name + ".dll"))
            .Where(File.Exists)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(ScriptRuleBase).Assembly.Location));
        return [.. references];
    }
}
