using System.Text.Json.Nodes;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// A rule host that dies while several files are being checked at once: the other workers' calls on
/// the dying host fail too, and must be run again in the new host rather than blamed or left holding
/// a released process (the run once ended with "internal error: No process is associated with this
/// object"). Thirty-two workers (<c>DOTNET_PROCESSOR_COUNT</c>) make the overlap likely: before the fix, 3 runs in 4 ended that way.
/// </summary>
public sealed class HostRestartRaceTests : IDisposable
{
    private const int Files = 48;
    private const int Culprit = 29;

    private readonly TempRepo _repo = new();
    private readonly string _cache = Directory.CreateTempSubdirectory("contentlint-race-cache-").FullName;

    [Fact]
    public void A_host_crash_on_one_post_among_files_checked_in_parallel_is_CL0030_there_and_every_other_finding_is_intact()
    {
        _repo.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 10000}\n");
        _repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        _repo.Write("rules/ACME002.no-initech.csx", Script("ACME002", "no-initech", "text", "foreach (var word in Tokens.Words.Where(w => w.Text == \"Initech\"))\n    Report(word.Span, (\"message\", \"Initech\"));"));
        _repo.Write("rules/ACME003.boom.csx", Script("ACME003", "boom-on-demand", "text", """
            if (Text.Contains("BOOM"))
            {
                var a = new object[1];
                a[0] = a;
                var h = System.Collections.StructuralComparisons.StructuralEqualityComparer.GetHashCode(a);
                if (h == 42) Report(new TextSpan(0, 1), ("message", "never"));
            }
            """));
        _repo.Write("rules/ACME004.count.csx", Script("ACME004", "count-files", "run", """
            var seen = Documents.Count(d => d.Posts.Any(p => p.AllTexts.Any(t => t.Text.Contains("Globex"))));
            Report(Documents[0], Documents[0].Posts[0], Documents[0].Posts[0].Span, ("message", $"{seen} files"));
            """));
        for (var i = 0; i < Files; i++)
        {
            _repo.Write($"posts/p{i:00}.md", $"---\nchannel: linkedin\n---\nWe beat Globex and Initech{(i == Culprit ? ", BOOM" : string.Empty)}.\n");
        }

        var result = ContentLintProcess.Run(_repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache, ["DOTNET_PROCESSOR_COUNT"] = "32" }, "check", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain("internal error", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace, result.ToString());
        var findings = JsonNode.Parse(result.Stdout)!["findings"]!.AsArray().Select(f => (Rule: (string)f!["ruleId"]!, Path: (string)f["path"]!, Message: (string)f["message"]!)).ToList();
        var crash = Assert.Single(findings, f => f.Rule is "CL0030" or "CL0034");
        Assert.Equal(("CL0030", $"posts/p{Culprit}.md"), (crash.Rule, crash.Path));
        Assert.Contains("Rule ACME003 ", crash.Message, StringComparison.Ordinal);
        for (var i = 0; i < Files; i++)
        {
            var path = $"posts/p{i:00}.md";
            Assert.Single(findings, f => f.Rule == "ACME001" && f.Path == path);
            Assert.Single(findings, f => f.Rule == "ACME002" && f.Path == path);
        }

        Assert.Contains(findings, f => f.Rule == "ACME004" && f.Message == $"{Files} files");
    }

    public void Dispose()
    {
        _repo.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    private static string Script(string id, string name, string level, string body) =>
        $"/*---\nid: {id}\nname: {name}\ntitle: A rule of the race test.\nseverity: warning\nlevel: {level}\nmessage: \"{{message}}\"\n---*/\n{body}\n";
}
