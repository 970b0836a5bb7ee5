using BenchmarkDotNet.Attributes;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.TestKit;
using ContentLint.Pack;

namespace ContentLint.Benchmarks;

/// <summary>
/// One long post checked in full (parse, every rule, suppressions, positions): a Markdown post and a
/// calendar post with findings of seven families on every line, at 30 KB, 300 KB and 3 MB; 40,000
/// suppression comments; 40,000 links. Target: 300 KB costs at most ~10× 30 KB (linear or n log n).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LongPostBenchmarks
{
    private SourceDocument _source = null!;
    private Linter _linter = null!;

    [Params("md-30KB", "md-300KB", "md-3MB", "calendar-300KB", "suppressions-40k", "links-40k")]
    public string Input { get; set; } = "";

    /// <summary>Every input by name, as a file name and its text (also written to disk for the CLI by <c>--write-long-posts</c>).</summary>
    public static IReadOnlyDictionary<string, (string File, Func<string> Text)> Inputs { get; } = new Dictionary<string, (string, Func<string>)>
    {
        ["md-30KB"] = ("md-30KB.md", () => LongPosts.Markdown(30_000)),
        ["md-300KB"] = ("md-300KB.md", () => LongPosts.Markdown(300_000)),
        ["md-3MB"] = ("md-3MB.md", () => LongPosts.Markdown(3_000_000)),
        ["calendar-30KB"] = ("calendar-30KB.posts.yaml", () => LongPosts.Calendar(30_000)),
        ["calendar-300KB"] = ("calendar-300KB.posts.yaml", () => LongPosts.Calendar(300_000)),
        ["calendar-3MB"] = ("calendar-3MB.posts.yaml", () => LongPosts.Calendar(3_000_000)),
        ["suppressions-40k"] = ("suppressions-40k.md", () => LongPosts.Suppressions(40_000)),
        ["links-40k"] = ("links-40k.md", () => LongPosts.Links(40_000)),
    };

    [GlobalSetup]
    public void Setup()
    {
        var (file, text) = Inputs[Input];
        _source = new SourceDocument(file, text());
        var defaults = new Linter(LintConfiguration.CreateDefault(Path.GetTempPath()), BuiltInRules.Shipped);
        var loaded = ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", LongPosts.Configuration), Path.GetTempPath(), defaults.Catalog);
        _linter = new Linter(loaded.Configuration, BuiltInRules.Shipped);
    }

    [Benchmark]
    public int Check() => _linter.Lint(_source).Findings.Length;

    /// <summary>Writes every input and the configuration into <paramref name="directory"/>.</summary>
    public static void WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "contentlint.yaml"), LongPosts.Configuration);
        foreach (var (file, text) in Inputs.Values)
        {
            File.WriteAllText(Path.Combine(directory, file), text());
        }
    }
}
