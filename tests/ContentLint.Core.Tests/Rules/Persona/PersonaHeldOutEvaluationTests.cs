using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Rules.Persona;

/// <summary>
/// CL3006 on the samples vendored in <c>tools/eval-data</c> (real labelled text; see its README). The tuning sets
/// (an English SMS split, disjoint from the held-out SMS, French promotion and dialogue written for the project, and French
/// store-listing copy of open-source apps other than the held-out ones, in three sets from different makers, and French
/// landing-page copy of other products)
/// are the only ones whose misreads may be read; the held-out sources
/// (English SMS, English coffee-bar dialogue, a French shop's live chat) are measured only. Acceptance on every
/// held-out source and wrapper: at most <see cref="MaxFalsePositives"/> of dialogue declared <c>dialogue</c> is
/// flagged, and at least <see cref="MinRecall"/> of clearly promotional text declared <c>dialogue</c> is. Printed by
/// <c>tools/persona-eval.sh</c>; <c>CONTENTLINT_EVAL_ERRORS=1</c> lists the misreads of the tuning split.
/// </summary>
public sealed class PersonaHeldOutEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Most dialogue declared dialogue that may be flagged on a held-out source.</summary>
    public const double MaxFalsePositives = 0.03;

    /// <summary>Least share of clearly promotional text declared dialogue that must be flagged on a held-out source.</summary>
    public const double MinRecall = 0.70;

    /// <summary>Sets that may be tuned on (their misreads read, markers changed for them).</summary>
    public static readonly string[] TuningSources = ["sms-spam-tuning.jsonl", "written-fr-tuning.jsonl", "store-listing-fr/store-listing-fr-tuning.jsonl", "store-pitch-fr/store-pitch-fr-tuning.jsonl", "store-copy-fr/store-copy-fr-tuning.jsonl", "landing-copy-fr/landing-copy-fr-tuning.jsonl"];

    /// <summary>Sets never tuned on: measured only.</summary>
    public static readonly string[] HeldOutSources = ["sms-spam-collection.jsonl", "taskmaster-coffee.jsonl", "perfume-chat-fr.jsonl"];

    /// <summary>
    /// Held-out sources that miss the targets today, printed so the figure stays in view but not gated: the French
    /// App Store promotional texts (product pitches, not price-and-urgency sales) are read as neither promotion nor
    /// dialogue. Issue 13 stays open on them; move a source to <see cref="HeldOutSources"/> once it meets the targets.
    /// </summary>
    public static readonly string[] HeldOutBelowTargetSources = ["app-store-promo-fr/app-store-promo-fr.jsonl"];

    [Fact]
    public void Type_contradiction_meets_the_targets_on_every_held_out_source_with_and_without_mentions()
    {
        var evaluation = new TypeEvaluation();
        var report = new TypeEvaluationReport(output, evaluation);
        output.WriteLine("Tuning split (tools/eval-data, tuned on):");
        report.Header();
        foreach (var source in TuningSources)
        {
            var posts = Load(source);
            report.Print(source, posts);
            TypeEvaluationDumps.List(output, evaluation, posts);
            TypeEvaluationDumps.WriteFeatures(source, "tuning", posts);
        }

        output.WriteLine("Held-out sources (tools/eval-data, never tuned on):");
        report.Header();
        var failures = new List<string>();
        foreach (var source in HeldOutSources)
        {
            var posts = Load(source);
            TypeEvaluationDumps.WriteFeatures(source, "held-out", posts);
            foreach (var (wrapper, figure) in report.Print(source, posts))
            {
                if (figure.Dialogue > 0 && figure.FalsePositives > MaxFalsePositives)
                {
                    failures.Add($"{source} ({wrapper}): {figure.FalsePositives:P1} of dialogue flagged, at most {MaxFalsePositives:P0}");
                }

                if (figure.Promo > 0 && figure.Recall < MinRecall)
                {
                    failures.Add($"{source} ({wrapper}): {figure.Recall:P1} of clear promotions flagged, at least {MinRecall:P0}");
                }
            }
        }

        // A set whose measurements are counted (each look at it spends some of its worth as held-out) is left out
        // while tuning: CONTENTLINT_EVAL_SKIP_BELOW_TARGET=1 prints the tuning and gated sets only.
        if (Environment.GetEnvironmentVariable("CONTENTLINT_EVAL_SKIP_BELOW_TARGET") == "1")
        {
            output.WriteLine("Held-out sources below the targets: not measured (CONTENTLINT_EVAL_SKIP_BELOW_TARGET=1).");
        }
        else
        {
            output.WriteLine("Held-out sources below the targets (printed, not gated; see HeldOutBelowTargetSources):");
            report.Header();
            foreach (var source in HeldOutBelowTargetSources)
            {
                report.Print(source, Load(source));
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    /// <summary>The rows of one file of <c>tools/eval-data</c>.</summary>
    internal static List<CorpusPost> Load(string source)
    {
        var posts = CorpusPost.Load(Path.Combine(RepoPaths.Root, "tools", "eval-data", source));
        Assert.NotEmpty(posts);
        return posts;
    }
}
