using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Entities;

namespace ContentLint.Core.Tests.Channels.Counting;

/// <summary>URLs, hashtags and mentions with spans, by each channel family's rules.</summary>
public sealed class EntityExtractorTests
{
    private const string Text = "Go to example.com and https://a.co/x #Promo @bob @alice@example.social";

    [Fact]
    public void X_links_bare_domains_and_takes_twitter_mentions()
    {
        Assert.Equal(
            ["Url:example.com", "Url:https://a.co/x", "Hashtag:#Promo", "Mention:@bob"],
            Describe(EntityExtractor.Extract(Text, CountingMethod.XWeighted)));
    }

    [Fact]
    public void Mastodon_links_only_urls_with_a_protocol_and_takes_remote_mentions()
    {
        Assert.Equal(
            ["Url:https://a.co/x", "Hashtag:#Promo", "Mention:@bob", "Mention:@alice@example.social"],
            Describe(EntityExtractor.Extract(Text, CountingMethod.Mastodon)));
    }

    [Fact]
    public void Other_methods_link_bare_domains_and_take_remote_mentions()
    {
        Assert.Equal(
            ["Url:example.com", "Url:https://a.co/x", "Hashtag:#Promo", "Mention:@bob", "Mention:@alice@example.social"],
            Describe(EntityExtractor.Extract(Text, CountingMethod.Graphemes)));
    }

    [Fact]
    public void Filters_one_kind()
    {
        var spans = EntityExtractor.Extract("#un #deux https://x.org/#trois", CountingMethod.Graphemes, EntityKind.Hashtag);
        Assert.Equal(2, spans.Count);
    }

    private static List<string> Describe(IReadOnlyList<TextEntity> entities) =>
        entities.Select(e => $"{e.Kind}:{Text[e.Span.Start..e.Span.End]}").ToList();
}
