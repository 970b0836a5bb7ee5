using System.Text.Json;
using System.Text.RegularExpressions;
using ContentLint.Core.Scripting.Api.MessageType;
using ContentLint.Core.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

/// <summary>
/// A marker pattern skipped by its prefilter (<see cref="MarkerPrefilter"/>) is one that cannot match: every match of
/// every rule, on generated texts and on the corpus, holds one of the prefilter's words, so the markers found with and
/// without the prefilter are the same. A term added to a pattern's list without its word would fail here.
/// </summary>
public sealed class MarkerPrefilterTests
{
    private static readonly MarkerRule[] Filtered = [.. MarkerRule.All.Where(r => r.Prefilter is not null)];

    // The literal runs of a pattern's text ("svp", "ca fait ", "jours"): joined at random they make texts full of matches.
    private static string[] Fragments(Regex pattern) =>
        [.. Regex.Split(pattern.ToString(), @"[()|?*+\[\]{}\\^$.]").Where(f => f.Length > 0)];

    private static readonly string[] Joiners = ["", " ", " ", ". ", "\n", "3 ", "-", "'", "é "];

    [Fact]
    public void The_costly_French_patterns_have_a_prefilter_that_skips_a_promotion_without_complaint_or_pitch()
    {
        var post = SqueezedText.Create("Les soldes d'hiver commencent vendredi : -20 % sur toute la boutique avec le code HIVER26, livraison offerte dès 50 € 🎁.").Value;

        foreach (var pattern in new[] { ComplaintPatterns.ComplaintFr(), PromoPitchPatterns.PitchFr() })
        {
            var rule = Assert.Single(MarkerRule.All, r => r.Pattern == pattern);
            Assert.NotNull(rule.Prefilter);
            Assert.False(rule.Prefilter.MayMatch(post));
        }
    }

    [Property(MaxTest = 400)]
    public Property Every_match_on_texts_made_of_the_patterns_own_words_holds_a_prefilter_word() =>
        Prop.ForAll(Gen.Choose(0, Filtered.Length - 1).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (index, seed) =>
        {
            var rule = Filtered[index];
            var fragments = Fragments(rule.Pattern);
            var random = new Random(seed);
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => fragments[random.Next(fragments.Length)] + Joiners[random.Next(Joiners.Length)]));

            Assert.Empty(MatchesWithoutAWord(rule.Pattern, rule.Prefilter!.Words, text));
            Assert.Equal(rule.Pattern.IsMatch(text), rule.Prefilter.MayMatch(text) && rule.Pattern.IsMatch(text));
        });

    [SkippableFact]
    public void Every_match_on_the_corpus_holds_a_prefilter_word_so_the_markers_are_the_same_with_and_without_it()
    {
        var files = new[] { "corpus/real-fr.jsonl", "corpus/real-brand-promo.jsonl", "corpus/real-support-dialogue.jsonl" }.Select(SharedFolder.Find).ToList();
        Skip.If(files.Any(f => f is null), "../shared/corpus is absent");
        var texts = files.SelectMany(f => File.ReadLines(f!)).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        var folded = texts.Select(t => SqueezedText.Create(t).Value).ToList();

        var matches = 0;
        foreach (var rule in Filtered)
        {
            foreach (var text in rule.OnOriginalText ? texts : folded)
            {
                var found = rule.Pattern.Matches(text).Count;
                matches += found;
                Assert.True(found == 0 || rule.Prefilter!.MayMatch(text), $"{rule.Category}: skipped a text it matches: {text}");
                Assert.Empty(MatchesWithoutAWord(rule.Pattern, rule.Prefilter!.Words, text));
            }
        }

        Assert.True(matches > 1000, $"only {matches} matches: the corpus no longer exercises the patterns");
    }

    [Fact]
    public void A_word_missing_from_a_prefilter_is_caught()
    {
        var complaint = Assert.Single(Filtered, r => r.Pattern == ComplaintPatterns.ComplaintFr());
        var text = SqueezedText.Create("Remettez la wifi svp").Value;
        Assert.Empty(MatchesWithoutAWord(complaint.Pattern, complaint.Prefilter!.Words, text));

        var missingOne = complaint.Prefilter.Words.Where(w => w != "svp").ToList();

        Assert.Equal(["svp"], MatchesWithoutAWord(complaint.Pattern, missingOne, text));
    }

    [Fact]
    public void A_pattern_that_ignores_case_or_requires_only_a_letter_gets_no_prefilter()
    {
        Assert.Null(MarkerPrefilter.For(new Regex("svp|stp", RegexOptions.IgnoreCase)));
        Assert.Null(MarkerPrefilter.For(new Regex(@"\d+h")));
        Assert.NotNull(MarkerPrefilter.For(new Regex("svp|stp")));
    }

    private static List<string> MatchesWithoutAWord(Regex pattern, IEnumerable<string> words, string text) =>
        [.. pattern.Matches(text).Select(m => m.Value).Where(v => !words.Any(w => v.Contains(w, StringComparison.Ordinal)))];
}
