using ContentLint.Cli.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>The shipped pack is compiled at build time: a first run on an empty script cache compiles nothing and never loads Roslyn.</summary>
public sealed class ShippedPackTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("contentlint-cache-").FullName;

    [Fact]
    public void A_first_run_on_an_empty_cache_compiles_nothing_and_loads_no_roslyn()
    {
        var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "rules"), "*.csx", SearchOption.AllDirectories).Length;

        var result = ContentLintProcess.Run(RepoPaths.Root, new Dictionary<string, string?> { ["CONTENTLINT_TRACE"] = "1", ["CONTENTLINT_CACHE_DIR"] = _cache }, "check", "examples");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Contains("compiled=0 cache-hits=0 compiler-loaded=false", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"pack-scripts={scripts} ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("ContentLint.Scripting", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_cache));
    }

    [Fact]
    public void The_embedded_pack_is_the_rules_folder()
    {
        var folder = Path.Combine(RepoPaths.Root, "rules");
        var onDisk = Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".csx", StringComparison.Ordinal))
            .Select(p => "rules/" + Path.GetRelativePath(folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, PackFiles.All);
        Assert.All(PackFiles.All, name => Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, name)), PackFiles.Read(name)));
        Assert.Equal(PackFiles.RuleFiles.Count(n => n.EndsWith(".csx", StringComparison.Ordinal)), PackScripts.Compiled.Scripts.Length);
    }

    [Fact]
    public void Every_shipped_rule_id_and_name_is_used_once()
    {
        var descriptors = BuiltInRules.Shipped.Descriptors;

        Assert.Empty(descriptors.GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(descriptors.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
