using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// The rule host answers over its standard output, so nothing else may write there. The JIT's diagnostics, set in the
/// environment to study the parent, would (DOTNET_JitDisasmSummary writes a line per compiled method to stdout): the
/// check then waited minutes for an answer that never parsed. The host starts without them.
/// </summary>
public sealed class HostEnvironmentTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("contentlint-hostenv-cache-").FullName;

    [Fact]
    public void A_JIT_diagnostic_in_the_environment_does_not_corrupt_the_pipe_to_the_rule_host()
    {
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\n");
        repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        repo.Write("posts/a.md", "---\nchannel: linkedin\n---\nWe beat Globex again.\n");

        var result = ContentLintProcess.Run(repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache, ["DOTNET_JitDisasmSummary"] = "1" }, "check", "posts");

        // The parent's own output carries the JIT's lines (the setting is the user's); the script's finding is there too.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("posts/a.md(4,9): warning ACME001", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("CL0030", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
