namespace ContentLint.Cli.Tests.TestSupport;

/// <summary>
/// A throw-away folder holding one good post with a known finding beside the bad input under test:
/// a run that reports the neighbour went on past the bad file.
/// </summary>
internal sealed class RepoWithNeighbour : IDisposable
{
    public const string NeighbourFinding = "neighbour.md(2,10): error CL1001: Unknown channel 'linkedn'; did you mean 'linkedin'?";

    public RepoWithNeighbour() => Repo.Write("neighbour.md", "---\nchannel: linkedn\n---\nStill checked.\n");

    public TempRepo Repo { get; } = new();

    /// <summary>Runs <c>check</c> (on "." by default) and asserts exit code 1, the neighbour's finding and no stack trace.</summary>
    public ProcessResult CheckAndAssertRunWentOn(params string[] args)
    {
        var result = Repo.Check(args.Length == 0 ? ["."] : args);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(NeighbourFinding, result.Stdout, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace, result.ToString());
        return result;
    }

    public void Dispose() => Repo.Dispose();
}
