using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Rules.Persona;

/// <summary>
/// Prints CL3006's figures on one labelled set, per language and per wrapper: the text as written, with its
/// leading @mentions stripped, and with <c>@alex </c> put before it (a reply prefix must neither make nor unmake
/// a verdict). False positives: dialogue declared <c>dialogue</c> and flagged; recall: clearly promotional text
/// (<see cref="CorpusPost.Clear"/>) declared <c>dialogue</c> and flagged, and the same over every promotion of the set.
/// The confusion table says how each label reads.
/// </summary>
internal sealed partial class TypeEvaluationReport(ITestOutputHelper output, TypeEvaluation evaluation)
{
    /// <summary>The three wrappers every set is measured with.</summary>
    public static readonly string[] Wrappers = ["as written", "@ stripped", "@alex added"];

    /// <summary>Prints the table header once.</summary>
    public void Header()
    {
        output.WriteLine("| set | lang | wrapper | dialogue declared dialogue, flagged (false positives) | clear promo declared dialogue, flagged (recall) | all promo, flagged | promo reads promo / dialogue / neither | dialogue reads promo / dialogue / neither |");
        output.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
    }

    /// <summary>Prints one row per language and wrapper of <paramref name="posts"/> and returns the figures by wrapper (all languages).</summary>
    public Dictionary<string, (double FalsePositives, double Recall, int Dialogue, int Promo)> Print(string set, IReadOnlyList<CorpusPost> posts)
    {
        var figures = new Dictionary<string, (double, double, int, int)>();
        foreach (var wrapper in Wrappers)
        {
            var wrapped = posts.Select(p => Wrap(p, wrapper)).ToList();
            foreach (var lang in wrapped.Select(LanguageOf).Distinct().Order(StringComparer.Ordinal))
            {
                Row(set, lang, wrapper, [.. wrapped.Where(p => LanguageOf(p) == lang)]);
            }

            var fp = evaluation.Rate(wrapped.Where(p => p.Label == "dialogue"), "dialogue");
            var recall = evaluation.Rate(wrapped.Where(p => p.Label == "promo" && p.Clear), "dialogue");
            figures[wrapper] = (Share(fp), Share(recall), fp.Total, recall.Total);
        }

        return figures;
    }

    /// <summary>The post with its wrapper applied; the id keeps each wrapper's verdicts apart.</summary>
    public static CorpusPost Wrap(CorpusPost post, string wrapper) => wrapper switch
    {
        "@ stripped" => post with { Id = post.Id + "#stripped", Text = LeadingMentions().Replace(post.Text, string.Empty) },
        "@alex added" => post with { Id = post.Id + "#alex", Text = "@alex " + post.Text },
        _ => post,
    };

    private static string LanguageOf(CorpusPost post) => post.Lang is "en" or "fr" ? post.Lang : "other";

    private void Row(string set, string lang, string wrapper, List<CorpusPost> posts)
    {
        var dialogue = posts.Where(p => p.Label == "dialogue").ToList();
        var promo = posts.Where(p => p.Label == "promo").ToList();
        var clear = promo.Where(p => p.Clear);
        output.WriteLine($"| {set} | {lang} | {wrapper} | {Format(evaluation.Rate(dialogue, "dialogue"))} | {Format(evaluation.Rate(clear, "dialogue"))} | {Format(evaluation.Rate(promo, "dialogue"))} | {Readings(promo)} | {Readings(dialogue)} |");
    }

    private string Readings(List<CorpusPost> posts)
    {
        var readings = posts.GroupBy(evaluation.Reading).ToDictionary(g => g.Key, g => g.Count());
        return posts.Count == 0 ? "–" : $"{readings.GetValueOrDefault("promo")} / {readings.GetValueOrDefault("dialogue")} / {readings.GetValueOrDefault("neither")}";
    }

    /// <summary>The flagged share.</summary>
    public static double Share((int Flagged, int Total) rate) => rate.Total == 0 ? 0 : (double)rate.Flagged / rate.Total;

    private static string Format((int Flagged, int Total) rate) =>
        rate.Total == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{rate.Flagged}/{rate.Total} ({Share(rate) * 100:0.0} %)");

    [GeneratedRegex(@"^(?:\s*[@＠]\w+)+\s*")]
    private static partial Regex LeadingMentions();
}
