using ContentLint.Core.Channels.Counting;

namespace ContentLint.Core.Tests.Channels.Counting;

/// <summary>
/// What each method gives for the texts writers actually type. X normalises to NFC and weighs emoji
/// sequences 2; graphemes (Bluesky, Mastodon) count what a reader sees; UTF-8 and UTF-16 count storage.
/// </summary>
public sealed class CountingMethodTests
{
    private const string Family = "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"; // 👩‍👩‍👧‍👦
    private const string FrenchFlag = "\U0001F1EB\U0001F1F7"; // 🇫🇷
    private const string ThumbsUpMediumSkin = "\U0001F44D\U0001F3FD"; // 👍🏽
    private const string KeycapOne = "1\uFE0F\u20E3"; // 1️⃣
    private const string Cjk = "日本語";
    private const string AccentNfc = "\u00E9"; // é precomposed
    private const string AccentNfd = "e\u0301"; // e + combining acute
    private const string Url = "Voir https://example.com/une/tr\u00E8s/longue/adresse?x=1";

    public static TheoryData<string, string, CountingMethod, int> Cases => new()
    {
        // ZWJ family: one grapheme, 7 code points, 11 UTF-16 units, 25 UTF-8 bytes; X counts the sequence 2.
        { "family", Family, CountingMethod.XWeighted, 2 },
        { "family", Family, CountingMethod.Graphemes, 1 },
        { "family", Family, CountingMethod.CodePoints, 7 },
        { "family", Family, CountingMethod.Utf16, 11 },
        { "family", Family, CountingMethod.Utf8Bytes, 25 },
        { "family", Family, CountingMethod.Mastodon, 1 },

        // Flag: two regional indicators.
        { "flag", FrenchFlag, CountingMethod.XWeighted, 2 },
        { "flag", FrenchFlag, CountingMethod.Graphemes, 1 },
        { "flag", FrenchFlag, CountingMethod.CodePoints, 2 },
        { "flag", FrenchFlag, CountingMethod.Utf16, 4 },
        { "flag", FrenchFlag, CountingMethod.Utf8Bytes, 8 },

        // Skin tone modifier.
        { "skin tone", ThumbsUpMediumSkin, CountingMethod.XWeighted, 2 },
        { "skin tone", ThumbsUpMediumSkin, CountingMethod.Graphemes, 1 },
        { "skin tone", ThumbsUpMediumSkin, CountingMethod.CodePoints, 2 },
        { "skin tone", ThumbsUpMediumSkin, CountingMethod.Utf8Bytes, 8 },

        // Keycap: digit, VS16, combining enclosing keycap.
        { "keycap", KeycapOne, CountingMethod.XWeighted, 2 },
        { "keycap", KeycapOne, CountingMethod.Graphemes, 1 },
        { "keycap", KeycapOne, CountingMethod.CodePoints, 3 },
        { "keycap", KeycapOne, CountingMethod.Utf8Bytes, 7 },

        // CJK weighs 2 on X, 3 bytes each in UTF-8.
        { "CJK", Cjk, CountingMethod.XWeighted, 6 },
        { "CJK", Cjk, CountingMethod.Graphemes, 3 },
        { "CJK", Cjk, CountingMethod.Utf16, 3 },
        { "CJK", Cjk, CountingMethod.Utf8Bytes, 9 },

        // French é: X normalises to NFC first, so NFD counts like NFC; graphemes agree; storage counts do not.
        { "é NFC", AccentNfc, CountingMethod.XWeighted, 1 },
        { "é NFD", AccentNfd, CountingMethod.XWeighted, 1 },
        { "é NFC", AccentNfc, CountingMethod.Graphemes, 1 },
        { "é NFD", AccentNfd, CountingMethod.Graphemes, 1 },
        { "é NFD", AccentNfd, CountingMethod.Mastodon, 1 },
        { "é NFC", AccentNfc, CountingMethod.CodePoints, 1 },
        { "é NFD", AccentNfd, CountingMethod.CodePoints, 2 },
        { "é NFC", AccentNfc, CountingMethod.Utf16, 1 },
        { "é NFD", AccentNfd, CountingMethod.Utf16, 2 },
        { "é NFC", AccentNfc, CountingMethod.Utf8Bytes, 2 },
        { "é NFD", AccentNfd, CountingMethod.Utf8Bytes, 3 },
        { "café crème NFD", "Cafe\u0301 cre\u0300me", CountingMethod.XWeighted, 10 },
        { "café crème NFD", "Cafe\u0301 cre\u0300me", CountingMethod.Utf8Bytes, 14 },

        // URLs: 23 on X and Mastodon, counted in full elsewhere.
        { "URL", Url, CountingMethod.XWeighted, 28 },
        { "URL", Url, CountingMethod.Mastodon, 28 },
        { "URL", Url, CountingMethod.Graphemes, 52 },
        { "URL", Url, CountingMethod.Utf8Bytes, 53 },
        { "bare domain", "example.com", CountingMethod.XWeighted, 23 },
        { "bare domain", "example.com", CountingMethod.Mastodon, 11 },

        // Mentions: X counts the text; Mastodon counts a remote mention as @user.
        { "remote mention", "@alice@example.social", CountingMethod.XWeighted, 21 },
        { "remote mention", "@alice@example.social", CountingMethod.Mastodon, 6 },

        // French typography on X: U+202F (narrow no-break space) weighs 2, U+00A0 weighs 1.
        { "narrow no-break space", "Prix\u202F:", CountingMethod.XWeighted, 7 },
        { "no-break space", "Prix\u00A0:", CountingMethod.XWeighted, 6 },

        // An emoji newer than twitter-text's emoji data (Emoji 12.1) is weighed code point by code point.
        { "technologist (Emoji 12.1)", "\U0001F9D1\u200D\U0001F4BB", CountingMethod.XWeighted, 5 },
        { "man technologist (Emoji 4)", "\U0001F468\u200D\U0001F4BB", CountingMethod.XWeighted, 2 },
        { "technologist (Emoji 12.1)", "\U0001F9D1\u200D\U0001F4BB", CountingMethod.Graphemes, 1 },

        // Devanagari conjunct (UAX #29 GB9c): द्द is one grapheme.
        { "Hindi conjunct", "\u0939\u0926\u094D\u0926", CountingMethod.Graphemes, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts(string name, string text, CountingMethod method, int expected)
    {
        var actual = TextCounters.Create(method).Count(text).Count;
        Assert.True(expected == actual, $"{name} with {method}: expected {expected}, got {actual}");
    }

    [Fact]
    public void Every_method_has_a_counter_that_names_it()
    {
        foreach (var method in Enum.GetValues<CountingMethod>())
        {
            var counter = TextCounters.Create(method);
            Assert.Equal(method, counter.Method);
            Assert.False(string.IsNullOrWhiteSpace(counter.Describe()));
        }

        Assert.Equal("X weighted length (twitter-text v3)", TextCounters.Create(CountingMethod.XWeighted).Describe());
    }

    [Fact]
    public void Invalid_characters_are_flagged_on_x_only()
    {
        Assert.True(TextCounters.Create(CountingMethod.XWeighted).Count("\uFEFFabc").HasInvalidCharacters);
        Assert.False(TextCounters.Create(CountingMethod.XWeighted).Count("abc").HasInvalidCharacters);
        Assert.False(TextCounters.Create(CountingMethod.Graphemes).Count("\uFEFFabc").HasInvalidCharacters);
    }

    [Fact]
    public void Empty_text_counts_zero_everywhere()
    {
        foreach (var method in Enum.GetValues<CountingMethod>())
        {
            Assert.Equal(0, TextCounters.Create(method).Count(string.Empty).Count);
            Assert.Equal(-1, TextCounters.Create(method).OffsetOfFirstOverflow(string.Empty, 0));
        }
    }
}
