using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ContentLint.Cli.Tests.Install;

/// <summary>
/// build/ReadyToRun.targets: a Release <c>dotnet build</c> of ContentLint.Cli precompiles the assemblies it
/// lists (ReadyToRun, for this machine) in the CLI's output folder; a Debug build precompiles nothing. The
/// configuration is this test assembly's own (test.sh builds everything in Release; CONFIGURATION=Debug).
/// </summary>
public sealed class ReadyToRunBuildTests
{
    private static readonly string Configuration =
        typeof(ReadyToRunBuildTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    private static string CliOutput => Path.Combine(RepoPaths.Root, "src", "ContentLint.Cli", "bin", Configuration, "net10.0");

    [Fact]
    public void The_listed_assemblies_carry_ReadyToRun_code_in_a_Release_build_and_none_in_Debug()
    {
        var listed = ListedAssemblies();
        Assert.Contains("ContentLint.Core", listed);
        Assert.Contains("YamlDotNet", listed);
        var expected = Configuration == "Release";
        foreach (var name in listed)
        {
            var path = Path.Combine(CliOutput, name + ".dll");
            Assert.True(File.Exists(path), $"{path} is missing: build/ReadyToRun.targets lists an assembly the CLI no longer ships; remove it from ContentLintReadyToRunAssembly.");
            Assert.True(HasReadyToRunCode(path) == expected, expected
                ? $"{path} carries no ReadyToRun code. A Release `dotnet build src/ContentLint.Cli -c Release` precompiles it (build/ReadyToRun.targets, "
                  + "target ContentLintReadyToRunImages: run the build with -v:n to see crossgen2's command and errors); it is skipped with "
                  + "-p:ContentLintReadyToRun=false or a RuntimeIdentifier, and a later copy of the IL (a build of another project into that folder) undoes it."
                : $"{path} carries ReadyToRun code in a {Configuration} build: build/ReadyToRun.targets must precompile only in Release.");
        }
    }

    [Fact]
    public void Roslyn_stays_IL_since_only_a_script_cache_miss_loads_it()
    {
        var roslyn = Path.Combine(CliOutput, "Microsoft.CodeAnalysis.CSharp.dll");
        Assert.True(File.Exists(roslyn), roslyn + " is missing");
        Assert.False(HasReadyToRunCode(roslyn), roslyn + " carries ReadyToRun code: ContentLintReadyToRunAssembly should not list Roslyn (crossgen time for code a warm run never loads).");
    }

    /// <summary>Whether an assembly carries a ReadyToRun header (the CLI header's managed native header), which IL-only assemblies lack.</summary>
    internal static bool HasReadyToRunCode(Stream assembly)
    {
        using var reader = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        var corHeader = reader.PEHeaders.CorHeader ?? throw new InvalidOperationException("not a .NET assembly");
        return corHeader.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static bool HasReadyToRunCode(string path)
    {
        using var stream = File.OpenRead(path);
        return HasReadyToRunCode(stream);
    }

    /// <summary>The names in build/ReadyToRun.targets' ContentLintReadyToRunAssembly items (the one list).</summary>
    private static List<string> ListedAssemblies()
    {
        var targets = XDocument.Load(Path.Combine(RepoPaths.Root, "build", "ReadyToRun.targets"));
        return targets.Descendants("ContentLintReadyToRunAssembly")
            .SelectMany(item => ((string)item.Attribute("Include")!).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }
}
