using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>Script rules through the real executable: loading, caching, warm runs without Roslyn, invalidation, --no-scripts.</summary>
public sealed class ScriptRuleTests : IDisposable
{
    private const string Rule = """
        /*---
        id: ACME001
        name: no-competitor
        title: Competitor names are not mentioned.
        category: brand-voice
        severity: warning
        message: "Mention of competitor '{name}'"
        options:
          competitors: [Globex, Initech]
        ---*/
        var names = Options.GetList("competitors");
        foreach (var word in Tokens.Words.Where(w => names.Contains(w.Text)))
            Report(word.Span, ("name", word.Text));
        """;

    private readonly TempRepo _repo = new();
    private readonly string _cache = Directory.CreateTempSubdirectory("contentlint-cache-").FullName;

    public ScriptRuleTests()
    {
        // The budget is wall-clock time: far above what the rules cost, so that they still report on a loaded machine.
        _repo.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 10000}\n");
        _repo.Write("rules/ACME001.no-competitor.csx", Rule);
        _repo.Write("posts/a.md", "---\nchannel: linkedin\n---\nWe are faster than Globex.\n");
    }

    [Fact]
    public void A_warm_run_reuses_the_cache_without_loading_roslyn_and_an_edit_invalidates_it()
    {
        var cold = Check();
        var warm = Check();
        _repo.Write("rules/ACME001.no-competitor.csx", Rule.Replace("Globex, Initech", "Initech, Globex", StringComparison.Ordinal));
        var edited = Check();
        var warmAgain = Check();

        Assert.Contains("posts/a.md(4,20): warning ACME001: Mention of competitor 'Globex'", cold.Stdout, StringComparison.Ordinal);
        Assert.Contains("compiled=1 cache-hits=0 compiler-loaded=true", cold.Stderr, StringComparison.Ordinal);
        // The rule host compiled it: the linter's own process (whose assemblies the trace lists) never loads the compiler.
        Assert.DoesNotContain("Microsoft.CodeAnalysis", cold.Stderr, StringComparison.Ordinal);

        Assert.Equal(cold.Stdout, warm.Stdout);
        Assert.Contains("compiled=0 cache-hits=1 compiler-loaded=false", warm.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", warm.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("ContentLint.Scripting", warm.Stderr, StringComparison.Ordinal);

        Assert.Contains("compiled=1 cache-hits=0", edited.Stderr, StringComparison.Ordinal);
        Assert.Contains("compiled=0 cache-hits=1", warmAgain.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(_cache, "*.dll").Length);
        Assert.Empty(Directory.GetFiles(_cache, "*.tmp"));
    }

    [Fact]
    public void No_scripts_skips_script_rules_with_one_info_finding()
    {
        var result = _repo.Check("--no-scripts", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\"ruleId\": \"ACME001\"", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, result.Stdout.Split("\"ruleId\": \"CL0035\"").Length);
        Assert.Contains("1 script rule(s) skipped: scripts are disabled (--no-scripts)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_errors_and_forbidden_apis_are_findings_on_the_rule_file_and_other_rules_run()
    {
        _repo.Write("rules/ACME002.broken.csx", "/*---\nid: ACME002\n---*/\nvar x = ;\n");
        _repo.Write("rules/ACME003.escape.csx", "/*---\nid: ACME003\n---*/\nvar s = System.IO.File.ReadAllText(\"/etc/passwd\");\n");
        _repo.Write("rules/ACME004.header.csx", "/*---\nid: CL2001\ncategory: brand-voice\n---*/\n");

        var result = _repo.Check();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rules/ACME002.broken.csx(4,9): error CL0031: Script rule does not compile: CS1525", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules/ACME003.escape.csx(4,24): error CL0032: Script rule uses System.IO.File.ReadAllText, which scripts may not use: file system access is not allowed", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules/ACME004.header.csx(2,5): error CL0033: Invalid rule header: 'CL2001' is outside the brand-voice range", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("posts/a.md(4,20): warning ACME001", result.Stdout, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }

    [Fact]
    public void A_runaway_script_ends_as_a_finding_and_the_run_finishes()
    {
        _repo.Write("rules/ACME005.loop.csx", "/*---\nid: ACME005\nname: loop\n---*/\nwhile (true) { }\n");
        _repo.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 1000}\n");

        var result = _repo.Check();

        Assert.Contains("error CL0034: Rule ACME005 went over its time budget (1000 ms) on post 'a' and is disabled for the rest of the run", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning ACME001", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _repo.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    private ProcessResult Check() =>
        ContentLintProcess.Run(_repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_TRACE"] = "1", ["CONTENTLINT_CACHE_DIR"] = _cache }, "check");
}
