using ContentLint.Cli.Baselines;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Baselines;

/// <summary>What a finding's fingerprint depends on, and what it does not (line numbers).</summary>
public sealed class FindingFingerprintTests : IDisposable
{
    private const string Header = "---\nchannel: linkedin\nlang: fr\n---\n";
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Moving_a_post_down_ten_lines_keeps_its_fingerprints()
    {
        var before = Fingerprints(Header + "Bonjour à tous !\n");
        var after = Fingerprints(Header + string.Concat(Enumerable.Repeat("Une ligne de plus.\n", 10)) + "Bonjour à tous !\n");

        Assert.Single(before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Editing_the_matched_text_or_its_context_changes_the_fingerprint()
    {
        var original = Fingerprints(Header + "Bonjour à tous !\n").Single();

        Assert.NotEqual(original, Fingerprints(Header + "Bonjour à tous ?\n").Single());
        Assert.NotEqual(original, Fingerprints(Header + "Bonsoir à tous !\n").Single());
    }

    [Fact]
    public void The_same_text_twice_in_a_post_gets_two_fingerprints_told_apart_by_their_occurrence()
    {
        var twice = Fingerprints(Header + "Bonjour à tous !\n\nBonjour à tous !\n");

        Assert.Equal(2, twice.Count);
        Assert.Equal(twice[0][..^2], twice[1][..^2]);
        Assert.EndsWith(":0", twice[0], StringComparison.Ordinal);
        Assert.EndsWith(":1", twice[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_are_relative_to_the_configuration_root_whatever_the_working_directory()
    {
        _repo.Write("content/contentlint.yaml", "fields: [campaign]\n");
        _repo.Write("content/posts/a.md", Header + "Bonjour à tous !\n");

        var fromRoot = Run(_repo.Root, "content");
        var fromContent = Run(Path.Combine(_repo.Root, "content"), ".");

        Assert.Equal("posts/a.md", fromRoot.Single().Path);
        Assert.Equal(fromRoot.Select(f => f.Fingerprint), fromContent.Select(f => f.Fingerprint));
    }

    private List<string> Fingerprints(string post)
    {
        _repo.Write("a.md", post);
        return Run(_repo.Root, "a.md").Where(f => f.Finding.RuleId == "CL5001").Select(f => f.Fingerprint).ToList();
    }

    private static IReadOnlyList<FingerprintedFinding> Run(string workingDirectory, string path)
    {
        using var runner = new CheckRunner();
        var outcome = runner.Run(new CheckOptions([path], null, Fix: false, workingDirectory), CancellationToken.None);
        return ReportFingerprints.Of(outcome.Report);
    }
}
