using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using ContentLint.Core.Scripting.Api;
using Microsoft.CodeAnalysis;

namespace ContentLint.Scripting;

/// <summary>
/// The metadata references of every script compilation: the framework assemblies that hold the
/// allow-list and the usual escape routes (so that a forbidden call is reported by name rather than
/// as an unknown name), and ContentLint.Core. Created once per process and shared: references are
/// immutable and Roslyn caches their metadata.
/// </summary>
/// <remarks>
/// References are made from the metadata of the loaded assemblies, in memory, not from their files:
/// a single-file executable has no framework or ContentLint.Core file on disk, and this way scripts
/// compile against exactly the assemblies they will run with, however the tool was installed.
/// </remarks>
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
        var references = FrameworkAssemblies
            .Select(name => Assembly.Load(new AssemblyName(name)))
            .Append(typeof(ScriptRuleBase).Assembly)
            .Select(FromLoadedMetadata)
            .ToImmutableArray();
        return references;
    }

    /// <summary>
    /// A reference over the metadata the runtime has already mapped for <paramref name="assembly"/>;
    /// assemblies of the default context are never unloaded, so the memory stays valid.
    /// </summary>
    private static unsafe MetadataReference FromLoadedMetadata(Assembly assembly)
    {
        if (!assembly.TryGetRawMetadata(out var blob, out var length))
            throw new InvalidOperationException($"The metadata of {assembly.GetName().Name} cannot be read; scripts cannot be compiled against it.");
        var module = ModuleMetadata.CreateFromMetadata((IntPtr)blob, length);
        return AssemblyMetadata.Create(module).GetReference(display: assembly.GetName().Name);
    }
}
