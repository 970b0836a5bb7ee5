using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Install;

/// <summary>
/// The .NET tool: <c>dotnet pack</c> of ContentLint.Cli gives a tool package that <c>dotnet tool
/// install</c> installs from a local folder, and the installed <c>contentlint</c> finds on
/// <c>examples/</c> exactly what the build under test finds. The pack builds in this test's
/// configuration, where every project is already up to date, so it costs an up-to-date check, a pack
/// and an install. (<c>--no-build</c> is refused: ContentLint.Pack's build-time compiler reference asks for Build.)
/// </summary>
public sealed class InstalledToolTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("contentlint-tool-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_packed_tool_installs_from_a_local_folder_and_checks_the_examples()
    {
        var configuration = typeof(InstalledToolTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var packages = Path.Combine(_temp, "packages");
        var tools = Path.Combine(_temp, "tools");
        var project = Path.Combine(RepoPaths.Root, "src", "ContentLint.Cli", "ContentLint.Cli.csproj");

        Dotnet("pack", project, "-c", configuration, "-o", packages, "-p:Version=0.1.0");
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.Equal("ContentLint.Cli.0.1.0.nupkg", Path.GetFileName(package));
        AssertPackageMetadata(package);

        // Only the local folder as a source: the install must not need the network.
        var nugetConfig = Path.Combine(_temp, "nuget.config");
        File.WriteAllText(nugetConfig, $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>""");
        Dotnet("tool", "install", "--tool-path", tools, "--configfile", nugetConfig, "--add-source", packages, "ContentLint.Cli", "--version", "0.1.0");

        var installed = Path.Combine(tools, OperatingSystem.IsWindows() ? "contentlint.exe" : "contentlint");
        var fromTool = ContentLintProcess.RunProgram(installed, ["check", "examples"], RepoPaths.Root);
        var fromBuild = ContentLintProcess.Run(RepoPaths.Root, "check", "examples");

        Assert.True(fromTool.ExitCode == 1, fromTool.ToString());
        Assert.Contains(": error CL", fromTool.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromBuild.Stdout, fromTool.Stdout);
    }

    /// <summary>The package carries the readme, the licence (MIT, as LICENSE says), the notices and the shipped rule pack.</summary>
    private static void AssertPackageMetadata(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
        Assert.Contains(entries, e => e.EndsWith("/ContentLint.Pack.dll", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        AssertIlOnly(zip);
        using var nuspec = zip.Entries.Single(e => e.FullName == "ContentLint.Cli.nuspec").Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
        Assert.StartsWith("MIT License", File.ReadAllText(Path.Combine(RepoPaths.Root, "LICENSE")), StringComparison.Ordinal);
    }

    /// <summary>
    /// The package installs on any platform, so it holds IL only: ReadyToRun code made for the packing machine
    /// (build/ReadyToRun.targets, the Release build's) stops another OS or CPU with BadImageFormatException.
    /// </summary>
    private static void AssertIlOnly(ZipArchive zip)
    {
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var image = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(image);
            }

            image.Position = 0;
            Assert.False(ReadyToRunBuildTests.HasReadyToRunCode(image), $"{entry.FullName} carries ReadyToRun code: the tool package must stay portable (pack copies the IL, not the Release build's images).");
        }
    }

    private void Dotnet(params string[] args)
    {
        var result = ContentLintProcess.RunProgram("dotnet", args, _temp, new Dictionary<string, string?> { ["DOTNET_NOLOGO"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', args)}: {result}");
    }
}
