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

    /// <summary>Where the compiler assembly is expected.</summary>
    public static string CompilerPath =>
        Path.Combine(Path.GetDirectoryName(typeof(ScriptEngineIdentity).Assembly.Location) ?? AppContext.BaseDirectory, CompilerAssemblyFile);

    private static string ReadCompilerIdentity()
    {
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

    /// <summary>Loads the compiler: <c>ContentLint.Scripting</c> by name, and its <c>RoslynScriptCompiler</c>.</summary>
    public static IScriptCompiler LoadDefaultCompiler()
    {
        var assembly = Assembly.Load(new AssemblyName("ContentLint.Scripting"));
        var type = assembly.GetType("ContentLint.Scripting.RoslynScriptCompiler", throwOnError: true)!;
        return (IScriptCompiler)Activator.CreateInstance(type)!;
    }
}
