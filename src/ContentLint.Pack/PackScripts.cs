using System.Runtime.Loader;

namespace ContentLint.Pack;

/// <summary>
/// The default pack's script rules: the <c>.csx</c> files of <see cref="PackFiles"/> and the assembly
/// the build compiled them into, loaded once per process into the default context (never unloaded,
/// never compiled at run time: Roslyn is not loaded).
/// </summary>
public static class PackScripts
{
    private static readonly Lazy<CompiledScriptPack> s_pack = new(Load);

    /// <summary>The compiled scripts, matched with their sources.</summary>
    public static CompiledScriptPack Compiled => s_pack.Value;

    private static CompiledScriptPack Load()
    {
        using var image = new MemoryStream(PackFiles.ReadBytes(PackFiles.ScriptsAssemblyName), writable: false);
        var assembly = AssemblyLoadContext.Default.LoadFromStream(image);
        var sources = PackFiles.RuleFiles.Where(n => n.EndsWith(".csx", StringComparison.Ordinal)).Select(n => (n, PackFiles.Read(n)));
        return new CompiledScriptPack(assembly, sources);
    }
}
