using System.Text.Json;
using ContentLint.Core.Scripting.Api.MessageType;
using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Rules.Persona;

/// <summary>
/// What the evaluation writes on request, for whoever tunes the classifier: <c>CONTENTLINT_EVAL_ERRORS=1</c> lists the
/// misread posts of a tuning set (with their markers and scores); <c>CONTENTLINT_EVAL_FEATURES=&lt;file&gt;</c> appends
/// every post's features (the categories it shows, at their heaviest weight), its label and its split, for
/// <c>tools/persona-train.py</c> (the logistic-regression alternative).
/// </summary>
internal static class TypeEvaluationDumps
{
    /// <summary>Lists the misreads of <paramref name="tuning"/> (leading @mentions stripped) when asked to.</summary>
    public static void List(ITestOutputHelper output, TypeEvaluation evaluation, IEnumerable<CorpusPost> tuning)
    {
        if (Environment.GetEnvironmentVariable("CONTENTLINT_EVAL_ERRORS") is not "1")
        {
            return;
        }

        foreach (var post in tuning.Where(p => p.Label is "promo" or "dialogue").Select(p => TypeEvaluationReport.Wrap(p, "@ stripped")))
        {
            var flagged = evaluation.IsFlagged(post, "dialogue");
            if (flagged == (post.Label == "promo"))
            {
                continue;
            }

            var reading = MessageTypeClassifier.Classify(post.Text, post.Lang);
            var markers = string.Join(" ", reading.Markers.Where(m => m.Weight > 0).Select(m => $"[{m.Category} {m.Weight}: {m.Evidence}]"));
            output.WriteLine($"{(flagged ? "dialogue flagged" : "promo missed")} P={reading.PromoScore} D={reading.DialogueScore} {markers} :: {post.Text.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Appends the features of <paramref name="posts"/> of <paramref name="set"/> to the requested file.</summary>
    public static void WriteFeatures(string set, string split, IEnumerable<CorpusPost> posts)
    {
        if (Environment.GetEnvironmentVariable("CONTENTLINT_EVAL_FEATURES") is not { Length: > 0 } path)
        {
            return;
        }

        using var writer = File.AppendText(path);
        foreach (var post in posts.Where(p => p.Label is "promo" or "dialogue"))
        {
            var reading = MessageTypeClassifier.Classify(post.Text, post.Lang);
            var features = reading.Markers.Where(m => m.Weight > 0).GroupBy(m => m.Category).ToDictionary(g => g.Key, g => g.Max(m => m.Weight));
            writer.WriteLine(JsonSerializer.Serialize(new { set, split, id = post.Id, lang = post.Lang ?? "other", label = post.Label, clear = post.Clear, features }));
        }
    }
}
