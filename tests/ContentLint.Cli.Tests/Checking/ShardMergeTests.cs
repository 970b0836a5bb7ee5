using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Checking;

/// <summary>
/// <c>check --shard i/n --facts-out</c> then <c>merge</c>, with the real CLI: for n = 1..5 the merged
/// report is byte for byte the unsharded one (cross-post findings included) with the same exit code, and
/// the shards partition the files. On examples/ and on 5,000 real posts of ../shared/corpus (skipped when absent).
/// </summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly TempRepo _repo = new();
    private readonly TempRepo _facts = new();
    private readonly Dictionary<(string Root, string Path, int Count), string[]> _written = [];

    public void Dispose()
    {
        _repo.Dispose();
        _facts.Dispose();
    }

    [Fact]
    public void Merged_shards_of_the_examples_equal_one_run_in_every_format()
    {
        var root = CorpusRepo.RepositoryRoot();
        AssertShardsMergeToOneRun(root, "examples", "json");
        foreach (var format in new[] { "sarif", "text", "junit" })
        {
            var whole = ContentLintProcess.Run(root, "check", "examples", "--format", format);
            var merged = ContentLintProcess.Run(root, ["merge", .. WriteShards(root, "examples", 3), "--format", format]);
            Assert.Equal(whole.ExitCode, merged.ExitCode);
            Assert.Equal(whole.Stdout, merged.Stdout);
        }
    }

    [SkippableFact]
    public void Merged_shards_of_5000_corpus_posts_equal_one_run_cross_post_findings_included()
    {
        Skip.IfNot(CorpusRepo.Write(_repo, 5000), "../shared/corpus is absent");

        var whole = AssertShardsMergeToOneRun(_repo.Root, ".", "json");

        var rules = JsonDocument.Parse(whole).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToHashSet();
        Assert.Contains("CL3007", rules);
        Assert.Contains("CL4011", rules);
    }

    [Fact]
    public void A_shard_alone_reports_its_files_without_cross_post_findings_and_an_incomplete_merge_is_a_usage_error()
    {
        var root = CorpusRepo.RepositoryRoot();
        var alone = ContentLintProcess.Run(root, "check", "examples", "--shard", "2/3", "--format", "json");
        var shards = WriteShards(root, "examples", 3);
        var partial = ContentLintProcess.Run(root, "merge", shards[0], shards[2]);

        Assert.True(alone.ExitCode is 0 or 1, alone.ToString());
        Assert.Contains("merge", alone.Stderr);
        var paths = JsonDocument.Parse(File.ReadAllText(shards[1])).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToHashSet();
        Assert.All(JsonDocument.Parse(alone.Stdout).RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Contains(f.GetProperty("path").GetString(), paths));
        Assert.Equal(2, partial.ExitCode);
        Assert.Contains("2/3", partial.Stderr);
    }

    [Fact]
    public void A_shard_that_writes_facts_refuses_the_report_options_merge_takes()
    {
        var file = Path.Combine(_facts.Root, "facts.json");

        var run = ContentLintProcess.Run(CorpusRepo.RepositoryRoot(), "check", "examples", "--shard", "1/2", "--facts-out", file, "--format", "sarif", "--baseline", "b.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--facts-out writes facts for 'contentlint merge' instead of a report: give --format, --baseline to merge", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"version\": 1, \"tool\": \"x\", \"shard\": \"1/1\", \"files\": [{\"path\": \"a.md\"}], \"others\": []}")]
    [InlineData("{\"version\": 99}")]
    public void A_broken_facts_file_is_a_usage_error_without_a_stack_trace(string content)
    {
        var file = _facts.Write("broken.json", content);

        var merged = ContentLintProcess.Run(_repo.Root, "merge", file);

        Assert.Equal(2, merged.ExitCode);
        Assert.True(merged.HasNoStackTrace, merged.ToString());
        Assert.Contains("broken.json", merged.Stderr);
    }

    /// <summary>Compares merged shards with one run for n = 1..5; returns the unsharded report.</summary>
    private string AssertShardsMergeToOneRun(string root, string path, string format)
    {
        var whole = ContentLintProcess.Run(root, "check", path, "--format", format);
        Assert.True(whole.ExitCode is 0 or 1, whole.ToString());
        var checkedFiles = JsonDocument.Parse(whole.Stdout).RootElement.GetProperty("summary").GetProperty("files").GetInt32();
        for (var n = 1; n <= 5; n++)
        {
            var shards = WriteShards(root, path, n);
            var merged = ContentLintProcess.Run(root, ["merge", .. shards, "--format", format]);

            Assert.Equal(whole.ExitCode, merged.ExitCode);
            Assert.Equal(whole.Stdout, merged.Stdout);
            var parts = shards.Select(s => JsonDocument.Parse(File.ReadAllText(s)).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList()).ToList();
            var all = parts.SelectMany(p => p).ToList();
            Assert.Equal(all.Count, all.Distinct().Count());
            Assert.True(all.Count >= checkedFiles, $"{all.Count} files in the shards, {checkedFiles} checked");
        }

        return whole.Stdout;
    }

    /// <summary>
    /// Runs <c>check --shard i/count --facts-out</c> for every i, once per (root, path, count) in a test:
    /// a facts file does not depend on the output format, so the formats merge the same shards.
    /// </summary>
    private string[] WriteShards(string root, string path, int count)
    {
        if (_written.TryGetValue((root, path, count), out var written))
        {
            return written;
        }

        string[] files = [.. Enumerable.Range(1, count).Select(i =>
        {
            var file = Path.Combine(_facts.Root, $"shard-{i}-of-{count}.json");
            var run = ContentLintProcess.Run(root, "check", path, "--shard", $"{i}/{count}", "--facts-out", file);
            Assert.True(run.ExitCode == 0, run.ToString());
            return file;
        })];
        _written[(root, path, count)] = files;
        return files;
    }
}
