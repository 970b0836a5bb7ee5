using ContentLint.Core.Matching;

namespace ContentLint.Core.Tests.Matching;

public sealed class TermMatcherTests
{
    private static string[] Find(string text, params string[] terms) =>
        [.. new TermMatcher(terms).Matches(text).Select(m => text.Substring(m.Span.Start, m.Span.Length))];

    [Theory]
    [InlineData("Chez L’Oréal, on innove.", "oreal", "Oréal")]
    [InlineData("Le projet d'Aurora avance", "aurora", "Aurora")]
    [InlineData("jusqu’à Noël", "a", "à")]
    [InlineData("Qu'Hermès soit prévenu", "hermes", "Hermès")]
    [InlineData("PROJET ÉTÉ 2026", "projet été", "PROJET ÉTÉ")]
    [InlineData("le e-mail arrive", "e-mail", "e-mail")]
    [InlineData("le e‑mail arrive", "e-mail", "e‑mail")]
    [InlineData("Prix : -20 % ce soir", "-20 %", "-20 %")]
    public void Finds_whole_words_across_case_accents_and_elisions(string text, string term, string expected)
    {
        Assert.Equal([expected], Find(text, term));
    }

    [Theory]
    [InlineData("envoyez un e-mail", "mail")]
    [InlineData("aujourd'hui", "hui")]
    [InlineData("Aurorale", "aurora")]
    [InlineData("l'auroral", "aurora")]
    public void Does_not_match_inside_words(string text, string term)
    {
        Assert.Empty(Find(text, term));
    }

    [Fact]
    public void Noncharacters_and_lone_surrogates_in_the_text_are_matched_around()
    {
        const string text = "bad \uFFFE \uD800 Linkedin \uFDD0 char é";

        var match = Assert.Single(new TermMatcher(["linkedin"]).Matches(text));

        Assert.Equal("Linkedin", text.Substring(match.Span.Start, match.Span.Length));
    }

    [Fact]
    public void Overlapping_terms_keep_the_longest_at_a_position()
    {
        Assert.Equal(["projet Aurora", "Aurora"], Find("Le projet Aurora et Aurora", "aurora", "projet aurora"));
    }

    [Fact]
    public void Case_and_accent_sensitivity_are_options()
    {
        var strict = new TermMatcher(["Oréal"], caseSensitive: true, accentSensitive: true);

        Assert.Single(strict.Matches("L'Oréal"));
        Assert.Empty(strict.Matches("L'Oreal"));
        Assert.Empty(strict.Matches("L'ORÉAL"));
    }

    [Fact]
    public void Ten_thousand_terms_are_matched_in_one_pass()
    {
        var terms = Enumerable.Range(0, 10_000).Select(i => $"code{i:00000}").ToList();
        var matcher = new TermMatcher(terms);

        var matches = matcher.Matches("Le projet code04242 et code09999, pas code1.");

        Assert.Equal(["code04242", "code09999"], matches.Select(m => m.Term));
        Assert.Equal(10_000, matcher.Count);
    }

    [Fact]
    public void Spans_map_back_through_emoji_and_decomposed_accents()
    {
        var text = "😀 Cafe\u0301 crème 👩‍👩‍👧‍👦 café";

        var matches = new TermMatcher(["café"]).Matches(text);

        Assert.Equal(["Cafe\u0301", "café"], matches.Select(m => text.Substring(m.Span.Start, m.Span.Length)));
    }
}
