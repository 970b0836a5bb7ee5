using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.Tests.Scoping;

public sealed class TextTokensTests
{
    [Fact]
    public void Words_keep_inner_apostrophes_and_hyphens_and_split_french_elisions()
    {
        var tokens = new TextTokens("L'entreprise d’aujourd'hui vend des porte-monnaie, don't ask. Jusqu'ici 42x");

        Assert.Equal(["L'", "entreprise", "d’", "aujourd'hui", "vend", "des", "porte-monnaie", "don't", "ask", "Jusqu'", "ici", "42x"], tokens.Words.Select(w => w.Text));
    }

    [Fact]
    public void Words_skip_links_hashtags_and_mentions_which_have_their_own_lists()
    {
        var tokens = new TextTokens("Merci @marie pour #SoldesHiver https://example.com/a.b !", CountingMethod.XWeighted);

        Assert.Equal(["Merci", "pour"], tokens.Words.Select(w => w.Text));
        Assert.Equal(["@marie"], tokens.Mentions.Select(t => t.Text));
        Assert.Equal(["#SoldesHiver"], tokens.Hashtags.Select(t => t.Text));
        Assert.Equal(["https://example.com/a.b"], tokens.Urls.Select(t => t.Text));
    }

    [Fact]
    public void Sentences_end_at_terminal_punctuation_and_line_breaks_but_not_inside_numbers_or_links()
    {
        var tokens = new TextTokens("Prix : 3.50 € ! Vraiment ? Oui… voir example.com/x.y maintenant.\nNouvelle ligne");

        Assert.Equal(["Prix : 3.50 € !", "Vraiment ?", "Oui…", "voir example.com/x.y maintenant.", "Nouvelle ligne"], tokens.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Emoji_sequences_are_one_token_each_with_utf16_spans()
    {
        var tokens = new TextTokens("Go 👩‍💻 and 🇫🇷 1️⃣!");

        Assert.Equal(["👩‍💻", "🇫🇷", "1️⃣"], tokens.Emoji.Select(e => e.Text));
        Assert.Equal(3, tokens.Emoji[0].Span.Start);
        Assert.Equal("Go 👩‍💻 and 🇫🇷 1️⃣!", tokens.FirstLine.Text);
    }

    [Fact]
    public void Mastodon_links_need_a_protocol_and_mentions_take_a_domain()
    {
        var tokens = new TextTokens("See example.com and @ann@social.example", CountingMethod.Mastodon);

        Assert.Empty(tokens.Urls);
        Assert.Equal(["@ann@social.example"], tokens.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Every_rule_reading_one_text_gets_the_same_tokens_per_counting_method()
    {
        var text = string.Concat("Voir ", "example.com et @ann@social.example #soldes");

        Assert.Same(TextTokens.Of(text), TextTokens.Of(text));
        Assert.Same(TextTokens.Of(text, CountingMethod.Mastodon), TextTokens.Of(text, CountingMethod.Mastodon));
        Assert.NotSame(TextTokens.Of(text), TextTokens.Of(text, CountingMethod.Mastodon));
        Assert.Equal(["example.com"], TextTokens.Of(text).Urls.Select(u => u.Text));
        Assert.Empty(TextTokens.Of(text, CountingMethod.Mastodon).Urls);
    }

    [Fact]
    public void Shared_token_lists_are_read_only_and_computed_once_across_threads()
    {
        var tokens = TextTokens.Of(string.Concat(Enumerable.Repeat("Un mot, #tag, https://example.com ! ", 200)));

        var words = Enumerable.Range(0, 8).AsParallel().Select(_ => tokens.Words).ToList();

        Assert.All(words, w => Assert.Same(tokens.Words, w));
        Assert.Throws<NotSupportedException>(() => ((IList<TextToken>)tokens.Words).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<TextToken>)tokens.Hashtags)[0] = tokens.Words[0]);
    }
}
