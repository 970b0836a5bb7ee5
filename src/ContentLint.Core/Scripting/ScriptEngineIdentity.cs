using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ContentLint.Core.Scripting;

/// <summary>
/// The versions a compiled script depends on, hashed into its cache key: the script API (this
/// assembly's MVID and <see cref="ApiVersion"/>), the compiler (the MVID of
/// <c>ContentLint.Scripting.dll</c>, which embeds the Roslyn version, read from the file's metadata
/// without loading it), the sandbox policy and the runtime.
/// </summary>
public static class ScriptEngineIdentity
{
    /// <summary>Version of the script API contract; bumped on breaking changes.</summary>
    public const int ApiVersion = 1;

    /// <summary>File name of the compiler assembly, expected beside ContentLint.Core.</summary>
    public const string CompilerAssemblyFile = "ContentLint.Scripting.dll";

    /// <summary>Engine and API: ContentLint.Core's version and module ID.</summary>
    public static string Engine { get; } =
        $"core {typeof(ScriptEngineIdentity).Assembly.GetName().Version} {typeof(ScriptEngineIdentity).Module.ModuleVersionId:N}; api {ApiVersion}; runtime {Environment.Version}";

    /// <summary>The MVID of the compiler assembly beside ContentLint.Core, or "unavailable" when it is missing.</summary>
    public static string DefaultCompiler => s_compiler.Value;

    private static readonly Lazy<string> s_compiler = new(ReadCompilerIdentity);

    /// <summary>
    /// Where the compiler assembly is expected: the application's folder (ContentLint.Core is always
    /// deployed beside the executable). A single-file executable has no such file: see <see cref="ReadCompilerIdentity"/>.
    /// </summary>
    public static string CompilerPath => Path.Combine(AppContext.BaseDirectory, CompilerAssemblyFile);

    private static string ReadCompilerIdentity()
    {
        // In a single-file executable the compiler is bundled, not a file: its module ID is read from the
        // loaded assembly (loading it does not load Roslyn, which it only references).
        if (!File.Exists(CompilerPath) && BundledCompilerModuleId() is { } bundled)
            return $"{CompilerAssemblyFile} {bundled:N}";
        try
        {
            using var stream = File.OpenRead(CompilerPath);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
            return $"{CompilerAssemblyFile} {mvid:N}";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return "unavailable";
        }
    }

    private static Guid? BundledCompilerModuleId()
    {
        try
        {
            return Assembly.Load(new AssemblyName("ContentLint.Scripting")).ManifestModule.ModuleVersionId;
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>Loads the compiler: <c>ContentLint.Scripting</c> by name, and its <c>RoslynScriptCompiler</c>.</summary>
    public static IScriptCompiler LoadDefaultCompiler()
    {
        var assembly = Assembly.Load(new AssemblyName("ContentLint.Scripting"));
        var type = assembly.GetType("ContentLint.Scripting.RoslynScriptCompiler", throwOnError: true)!;
        return (IScriptCompiler)Activator.CreateInstance(type)!;
    }
}
