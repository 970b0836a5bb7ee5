using System.Text.Json;

namespace ContentLint.Cli.Tests.Install;

/// <summary>
/// THIRD-PARTY-NOTICES.md stays current: it names every package <c>contentlint</c> depends on (read
/// from the program's <c>contentlint.deps.json</c>, direct and transitive), every runtime dependency
/// of the VS Code extension, and every folder that holds a third party's licence file.
/// </summary>
public sealed class ThirdPartyNoticesTests
{
    private static readonly string Notices = File.ReadAllText(Path.Combine(RepoPaths.Root, "THIRD-PARTY-NOTICES.md"));

    [Fact]
    public void Every_package_the_program_depends_on_is_named()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "contentlint.deps.json")));
        var packages = deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "package")
            .Select(library => library.Name.Split('/')[0])
            .ToList();

        Assert.Contains("YamlDotNet", packages);
        AssertAllNamed(packages.Where(package => !Notices.Contains($"| {package} |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_runtime_dependency_of_the_extension_is_named()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "vscode-extension", "package.json")));
        var dependencies = manifest.RootElement.TryGetProperty("dependencies", out var list) ? list.EnumerateObject().Select(d => d.Name).ToList() : [];

        AssertAllNamed(dependencies.Where(package => !Notices.Contains($"| {package} |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_folder_with_a_third_party_licence_is_named()
    {
        var skipped = new[] { "node_modules", "bin", "obj", ".git", "artifacts" };
        var folders = Directory.EnumerateFiles(RepoPaths.Root, "LICENSE*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(file => Path.GetRelativePath(RepoPaths.Root, Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(folder => folder != "." && !folder.Split('/').Intersect(skipped).Any())
            .Distinct()
            .ToList();

        Assert.Contains("tests/ContentLint.Core.Tests/Conformance/twitter-text", folders);
        AssertAllNamed(folders.Where(folder => !Notices.Contains($"`{folder}/`", StringComparison.Ordinal)));
    }

    private static void AssertAllNamed(IEnumerable<string> missing)
    {
        var list = missing.ToList();
        Assert.True(list.Count == 0, "not named in THIRD-PARTY-NOTICES.md: " + string.Join(", ", list));
    }
}
