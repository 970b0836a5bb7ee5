using ContentLint.Core.Scripting.Api.Prose;

namespace ContentLint.Core.Tests.Scripting.Api.Prose;

public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("make", 1)]
    [InlineData("the", 1)]
    [InlineData("wanted", 2)]
    [InlineData("reading", 2)]
    [InlineData("readability", 5)]
    [InlineData("organizational", 6)]
    [InlineData("yes", 1)]
    public void English_syllables(string word, int expected) => Assert.Equal(expected, Syllables.Count(word, "en"));

    [Theory]
    [InlineData("table", 1)]
    [InlineData("journée", 2)]
    [InlineData("naïf", 2)]
    [InlineData("chocolat", 3)]
    [InlineData("oiseaux", 2)]
    [InlineData("transformation", 4)]
    [InlineData("équipes", 2)]
    [InlineData("le", 1)]
    [InlineData("y", 1)]
    public void French_syllables(string word, int expected) => Assert.Equal(expected, Syllables.Count(word, "fr"));

    [Fact]
    public void Flesch_of_a_short_plain_sentence()
    {
        // 6 words, 1 sentence, 6 syllables: 206.835 − 1.015 × 6 − 84.6 × 1
        Assert.Equal(116.145, Readability.Score([["The", "cat", "sat", "on", "the", "mat"]], "en"), 3);
    }

    [Fact]
    public void Kandel_Moles_of_a_short_plain_sentence()
    {
        // 3 words, 1 sentence, 3 syllables: 207 − 1.015 × 3 − 73.6 × 1
        Assert.Equal(130.355, Readability.Score([["Le", "chat", "dort"]], "fr"), 3);
    }

    [Fact]
    public void Longer_sentences_and_words_score_lower()
    {
        string[] plain = ["Nous", "ouvrons", "une", "boutique"];
        string[] hard = ["La", "transformation", "organisationnelle", "nécessite", "une", "communication", "institutionnelle", "particulièrement", "rigoureuse"];

        Assert.True(Readability.Score([plain], "fr") > Readability.Score([hard], "fr"));
        Assert.True(Readability.Score([plain, plain], "fr") > Readability.Score([[.. plain, .. plain]], "fr"));
    }
}
