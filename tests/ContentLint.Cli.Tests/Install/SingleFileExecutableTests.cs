using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Install;

/// <summary>
/// The self-contained single-file executable that <c>scripts/publish.sh linux-x64</c> builds: it
/// checks <c>examples/</c> exactly as the build under test does, and compiles a user's script rule
/// (whose references come from the bundled assemblies' metadata, not from files). <c>.ci/run</c>
/// builds it once with that script and names it in <see cref="ExecutableVariable"/>; elsewhere
/// <see cref="Variable"/>=1 makes the test publish it itself (minutes on a 2-core machine), and
/// without either it is skipped.
/// </summary>
public sealed class SingleFileExecutableTests : IDisposable
{
    /// <summary>Set to 1 to publish the executable in the test (when <see cref="ExecutableVariable"/> is not set).</summary>
    public const string Variable = "CONTENTLINT_TEST_SINGLE_FILE";

    /// <summary>The path of an executable <c>scripts/publish.sh linux-x64</c> already built (<c>.ci/run</c> sets it).</summary>
    public const string ExecutableVariable = "CONTENTLINT_SINGLE_FILE";

    private readonly string _temp = Directory.CreateTempSubdirectory("contentlint-single-file-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void The_linux_x64_executable_checks_the_examples_and_compiles_user_scripts()
    {
        var published = Environment.GetEnvironmentVariable(ExecutableVariable);
        Skip.If(string.IsNullOrEmpty(published) && Environment.GetEnvironmentVariable(Variable) != "1", $"publishing a single-file executable takes minutes: set {Variable}=1 to run it, or {ExecutableVariable} to a published one");
        Skip.IfNot(OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64, "the linux-x64 executable runs on linux-x64 only");
        var executable = string.IsNullOrEmpty(published) ? Publish() : published;
        // A publish that failed or left more than the executable behind is a failure here, never a skip.
        Assert.True(File.Exists(executable), $"{ExecutableVariable}={executable}: no such file (did scripts/publish.sh linux-x64 fail?)");
        Assert.Equal(["contentlint"], Directory.GetFiles(Path.GetDirectoryName(executable)!).Select(Path.GetFileName));

        var fromExecutable = ContentLintProcess.RunProgram(executable, ["check", "examples"], RepoPaths.Root);
        var fromBuild = ContentLintProcess.Run(RepoPaths.Root, "check", "examples");
        Assert.True(fromExecutable.ExitCode == 1, fromExecutable.ToString());
        Assert.Equal(fromBuild.Stdout, fromExecutable.Stdout);

        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 10000}\n");
        repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        repo.Write("posts/a.md", "---\nchannel: linkedin\n---\nWe are faster than Globex.\n");
        var cache = Path.Combine(_temp, "cache");
        var script = ContentLintProcess.RunProgram(executable, ["check"], repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = cache });
        Assert.Contains("posts/a.md(4,20): warning ACME001: Mention of competitor 'Globex'", script.Stdout, StringComparison.Ordinal);
        Assert.True(script.HasNoStackTrace, script.ToString());
    }

    private string Publish()
    {
        var artifacts = Path.Combine(_temp, "artifacts");
        var publish = ContentLintProcess.RunProgram("bash", [Path.Combine(RepoPaths.Root, "scripts", "publish.sh"), "linux-x64"], RepoPaths.Root, new Dictionary<string, string?> { ["ARTIFACTS"] = artifacts });
        Assert.True(publish.ExitCode == 0, publish.ToString());
        return Path.Combine(artifacts, "linux-x64", "contentlint");
    }
}
