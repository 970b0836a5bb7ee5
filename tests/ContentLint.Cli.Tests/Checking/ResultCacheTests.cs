using ContentLint.Cli.Checking;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Checking;

/// <summary>
/// <c>check --cache</c> with the real CLI: a second run on an unchanged repository checks no file again and
/// prints the same bytes (cross-post findings from cached facts included); changing the configuration, a
/// rule file, a script or the tool invalidates; a corrupt entry is ignored and written again.
/// </summary>
public sealed class ResultCacheTests : IDisposable
{
    private const int Files = 4;
    private readonly TempRepo _repo = new();

    public ResultCacheTests()
    {
        _repo.Write("contentlint.yaml", "content: [\"posts/**/*.md\"]\nrules: [rules]\npromo: {maxShare: 0.2, minPosts: 3}\n");
        _repo.Write("rules/ACME001.competitor-names.yaml", "id: ACME001\nname: competitor-names\ntitle: Competitors are not named.\ncategory: brand-voice\nseverity: warning\nkind: existence\nmessage: \"Competitor named: '{match}'\"\nterms: [Globex]\n");
        _repo.Write("rules/ACME009.no-initech.csx", "/*---\nid: ACME009\nname: no-initech\ntitle: Initech is not named.\ncategory: brand-voice\nseverity: warning\nmessage: \"Initech named\"\n---*/\nforeach (var word in Tokens.Words)\n{\n    if (word.Text == \"Initech\")\n    {\n        Report(word.Span);\n    }\n}\n");
        for (var i = 0; i < Files; i++)
        {
            _repo.Write($"posts/p{i}.md", $"---\nchannel: x\npersona: brand\ntype: promo\npublish_at: 2026-12-0{1 + i}T09:00:00+01:00\n---\nBuy our new plan today, better than Globex and Initech {i}!\n");
        }
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void An_unchanged_repository_is_read_from_the_cache_with_the_same_output()
    {
        var first = Check();
        var second = Check();

        Assert.Equal((Files, 0), Counts(first));
        Assert.Equal((0, Files), Counts(second));
        Assert.True(first.ExitCode is 0 or 1, first.ToString());
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Contains("\"CL3007\"", first.Stdout);
        Assert.Contains("\"ACME009\"", first.Stdout);
        Assert.True(Directory.Exists(Path.Combine(_repo.Root, ".contentlint", "cache")));
    }

    [Theory]
    [InlineData("contentlint.yaml")]
    [InlineData("rules/ACME001.competitor-names.yaml")]
    [InlineData("rules/ACME009.no-initech.csx")]
    public void Changing_the_configuration_a_rule_or_a_script_checks_every_file_again(string changed)
    {
        var before = Check();
        File.AppendAllText(Path.Combine(_repo.Root, changed), changed.EndsWith(".csx", StringComparison.Ordinal) ? "// changed\n" : "# changed\n");

        var after = Check();

        Assert.Equal((Files, 0), Counts(after));
        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Equal((0, Files), Counts(Check()));
    }

    [Fact]
    public void Another_tool_version_checks_every_file_again()
    {
        Check();

        var other = Check(new Dictionary<string, string?> { [ResultCache.ToolVersionVariable] = "9.9.9-test" });

        Assert.Equal((Files, 0), Counts(other));
    }

    [Fact]
    public void A_changed_file_alone_is_checked_again()
    {
        var before = Check();
        _repo.Write("posts/p1.md", "---\nchannel: x\npersona: brand\ntype: dialogue\npublish_at: 2026-12-02T09:00:00+01:00\n---\nWhat do you think of our plan?\n");

        var after = Check();

        Assert.Equal((1, Files - 1), Counts(after));
        Assert.NotEqual(before.Stdout, after.Stdout);
    }

    [Fact]
    public void A_corrupt_entry_is_ignored_and_written_again()
    {
        var before = Check();
        foreach (var entry in Directory.EnumerateFiles(Path.Combine(_repo.Root, ".contentlint", "cache"), "*.json", SearchOption.AllDirectories))
        {
            File.WriteAllText(entry, "{\"path\": 12, not json");
        }

        var corrupt = Check();

        Assert.Equal((Files, 0), Counts(corrupt));
        Assert.Equal(before.Stdout, corrupt.Stdout);
        Assert.True(corrupt.HasNoStackTrace, corrupt.ToString());
        Assert.Equal((0, Files), Counts(Check()));
    }

    [Fact]
    public void Cache_location_puts_the_cache_elsewhere()
    {
        var elsewhere = Path.Combine(_repo.Root, "cache-elsewhere");

        Check("--cache-location", elsewhere);

        Assert.Equal((0, Files), Counts(Check("--cache-location", elsewhere)));
        Assert.False(Directory.Exists(Path.Combine(_repo.Root, ".contentlint")));
    }

    private ProcessResult Check(params string[] extra) => Check(new Dictionary<string, string?>(), extra);

    private ProcessResult Check(IReadOnlyDictionary<string, string?> environment, params string[] extra) =>
        ContentLintProcess.Run(_repo.Root, environment, ["check", "--cache", "--verbose", "--format", "json", .. extra]);

    /// <summary>How many files the run says it checked and took from the cache (--verbose, one line per file).</summary>
    private static (int Checked, int Cached) Counts(ProcessResult run)
    {
        var lines = run.Stderr.Split('\n');
        return (lines.Count(l => l.StartsWith("checked ", StringComparison.Ordinal)), lines.Count(l => l.StartsWith("from cache ", StringComparison.Ordinal)));
    }
}
