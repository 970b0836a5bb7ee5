using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Baselines;

/// <summary><c>baseline create</c>, <c>check --baseline</c> and <c>baseline prune</c>, through the real executable.</summary>
public sealed class BaselineCommandTests : IDisposable
{
    private const string Header = "---\nchannel: linkedin\nlang: fr\n---\n";
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Edits_above_a_baselined_finding_do_not_revive_it_only_a_new_problem_is_reported_and_prune_retires_a_fixed_one()
    {
        _repo.Write("posts/a.md", Header + "Bonjour à tous !\n");
        _repo.Write("posts/b.md", Header + "Merci !\n");
        var created = ContentLintProcess.Run(_repo.Root, "baseline", "create");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal(2, Entries().Count);

        _repo.Write("posts/a.md", Header + "Une ligne.\n\nDeux lignes, puis un titre.\n\nBonjour à tous !\n\nAu revoir !\n");
        var check = _repo.Check("--baseline", ".contentlint-baseline.json", "--format", "json");
        using (var json = JsonDocument.Parse(check.Stdout))
        {
            var reported = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("path").GetString()}:{f.GetProperty("line").GetInt32()} {f.GetProperty("ruleId").GetString()}").ToList();
            Assert.Equal(["posts/a.md:11 CL5001"], reported);
        }

        var text = _repo.Check("--baseline", ".contentlint-baseline.json");
        Assert.Contains("; 2 baselined findings not shown.", text.Stdout, StringComparison.Ordinal);

        _repo.Write("posts/b.md", Header + "Merci.\n");
        var pruned = ContentLintProcess.Run(_repo.Root, "baseline", "prune");
        Assert.True(pruned.ExitCode == 0, pruned.ToString());
        Assert.Equal("Removed 1 entry whose finding is gone (fixed, or its text edited) from .contentlint-baseline.json; 1 remains.\n", pruned.Stdout);
        Assert.Equal(["posts/a.md"], Entries().Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public void Fixing_a_baselined_finding_does_not_revive_its_neighbours_on_the_line_and_prune_rewrites_their_fingerprints()
    {
        _repo.Write("posts/a.md", Header + "Oui ! Non ! Peut-être ?\n");
        ContentLintProcess.Run(_repo.Root, "baseline", "create");
        var before = Entries().Select(e => e.GetProperty("fingerprint").GetString()).ToList();
        Assert.Equal(3, before.Count);

        // Deleting the first finding changes the 40 characters of context of the two others.
        _repo.Write("posts/a.md", Header + "Non ! Peut-être ?\n");
        var check = _repo.Check("--baseline", ".contentlint-baseline.json", "--format", "json");
        using (var json = JsonDocument.Parse(check.Stdout))
        {
            Assert.True(json.RootElement.GetProperty("findings").GetArrayLength() == 0, check.Stdout);
        }

        var pruned = ContentLintProcess.Run(_repo.Root, "baseline", "prune");
        Assert.Equal("Removed 1 entry whose finding is gone (fixed, or its text edited) from .contentlint-baseline.json; 2 remain.\n", pruned.Stdout);
        var after = Entries().Select(e => e.GetProperty("fingerprint").GetString()).ToList();
        Assert.Empty(after.Intersect(before));

        // The same text once more in the post is one finding more than the baseline holds: it is reported.
        _repo.Write("posts/a.md", Header + "Non ! Peut-être ?\n\nEncore !\n");
        var again = _repo.Check("--baseline", ".contentlint-baseline.json", "--format", "json");
        using var reported = JsonDocument.Parse(again.Stdout);
        Assert.Equal([7], reported.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void The_baseline_file_is_versioned_sorted_and_the_same_findings_give_the_same_bytes()
    {
        _repo.Write("z.md", Header + "Zut !\n");
        _repo.Write("a.md", Header + "Ah !\n\nOh !\n");
        ContentLintProcess.Run(_repo.Root, "baseline", "create", "--output", "first.json");
        ContentLintProcess.Run(_repo.Root, "baseline", "create", "--output", "second.json");

        Assert.Equal(File.ReadAllBytes(Path.Combine(_repo.Root, "first.json")), File.ReadAllBytes(Path.Combine(_repo.Root, "second.json")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_repo.Root, "first.json")));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var paths = json.RootElement.GetProperty("findings").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(["a.md", "a.md", "z.md"], paths);
    }

    [Theory]
    [InlineData("{\"version\": 1, \"findings\": [", "invalid JSON")]
    [InlineData("{\"version\": 7, \"findings\": []}", "not a version 1 baseline")]
    [InlineData("{\"version\": 1, \"findings\": [{\"ruleId\": \"CL5001\"}]}", "every entry of \"findings\" needs ruleId, path and fingerprint")]
    [InlineData(null, "file not found")]
    public void A_baseline_that_cannot_be_used_is_exit_code_2_and_one_line(string? content, string reason)
    {
        _repo.Write("a.md", Header + "Bonjour !\n");
        if (content is not null)
        {
            _repo.Write("broken.json", content);
        }

        var result = _repo.Check("--baseline", "broken.json");

        Assert.Equal(2, result.ExitCode);
        Assert.True(result.HasNoStackTrace, result.ToString());
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"cannot use the baseline 'broken.json': {reason}", line, StringComparison.Ordinal);
    }

    private List<JsonElement> Entries()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_repo.Root, ".contentlint-baseline.json")));
        return json.RootElement.GetProperty("findings").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
