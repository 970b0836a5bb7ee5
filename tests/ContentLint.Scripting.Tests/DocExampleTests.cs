using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>The examples of docs/writing-rules.md compile and report what the page says.</summary>
public sealed class DocExampleTests
{
    public static TheoryData<string, string, string[]> Examples => new()
    {
        { "ACME001.no-competitor.csx", "---\nchannel: x\n---\nFaster than globex, kinder than Initech.\n", ["Mention of competitor 'globex'", "Mention of competitor 'Initech'"] },
        { "ACME002.repeated-word.csx", "---\nchannel: x\n---\nThis is is fine.\n", ["Repeated word 'is'"] },
        { "ACME003.hashtag-limit.csx", "---\nchannel: x\n---\nNew #one #two #three #fourTags\n", ["4 hashtags on x; keep at most 3", "Hashtag #fourTags mixes cases: screen readers read #CamelCase better"] },
    };

    [Fact]
    public void Every_example_is_tested()
    {
        var files = Directory.GetFiles(Folder, "*.csx").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Examples.Select(e => (string)e[0]).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Examples_compile_and_report(string file, string post, string[] expected)
    {
        using var harness = new ScriptHarness();
        var script = File.ReadAllText(Path.Combine(Folder, file));

        var result = harness.Lint(script, post);

        Assert.Equal(expected, result.Findings.Where(f => f.RuleId.StartsWith("ACME", StringComparison.Ordinal)).Select(f => f.Message));
    }

    [Fact]
    public void The_repeated_word_fix_removes_the_second_word()
    {
        using var harness = new ScriptHarness();
        var script = File.ReadAllText(Path.Combine(Folder, "ACME002.repeated-word.csx"));
        const string post = "---\nchannel: x\n---\nThis is is fine.\n";

        var edit = Assert.Single(Assert.Single(Assert.Single(harness.Lint(script, post).Findings).Fixes).Edits);

        Assert.Equal("---\nchannel: x\n---\nThis is fine.\n", post[..edit.Span.Start] + edit.NewText + post[edit.Span.End..]);
    }

    private static string Folder => Path.Combine(RepoPaths.Root, "docs", "examples", "scripts");
}
