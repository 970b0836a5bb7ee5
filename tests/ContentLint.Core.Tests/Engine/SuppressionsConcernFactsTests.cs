using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Engine;

/// <summary>
/// Which suppression comments keep a file for the run step of <c>check</c> (its text held, the file parsed
/// again at the end): only those that could silence a cross-post finding. Keeping a file that needs no run
/// step costs memory on every file of a big run, and is never needed for correctness.
/// </summary>
public sealed class SuppressionsConcernFactsTests
{
    private static readonly Linter Linter = new(Lint.DefaultConfig, BuiltInRules.Create(), BuiltInRules.CreateBatch());

    [Theory]
    [InlineData("<!-- contentlint-disable-next-line -->", true)] // every rule, CL3007 among them
    [InlineData("<!-- contentlint-disable-next-line CL3007 -->", true)] // a cross-post rule that works from facts
    [InlineData("<!-- contentlint-disable-next-line promo-share -->", true)] // the same rule by its name
    [InlineData("<!-- contentlint-disable-next-line CL0030 -->", true)] // a crash the run step can report
    [InlineData("<!-- contentlint-disable-next-line CL9999, CL3007 -->", true)]
    [InlineData("<!-- contentlint-disable-next-line CL9999 -->", false)] // no rule answers to it: CL0012 either way
    [InlineData("<!-- contentlint-disable-next-line CL4004, repeated-punctuation -->", false)] // post rules only
    public void A_file_waits_for_the_run_step_only_when_a_suppression_could_silence_a_cross_post_finding(string comment, bool concerns)
    {
        var text = $"---\nchannel: linkedin\ntype: dialogue\n---\n{comment}\nWhat do you think?\n";
        var document = Linter.Parse(new SourceDocument("post.md", text));

        Assert.NotNull(document);
        Assert.Single(document.Suppressions);
        Assert.Equal(concerns, Linter.SuppressionsConcernFacts(document));
    }
}
