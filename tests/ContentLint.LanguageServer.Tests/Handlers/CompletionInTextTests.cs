using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary>
/// Completion never offers field names or values inside post text (<c>¦</c> is the cursor): block
/// scalars, multi-line plain and quoted scalars, thread items, variant texts and the Markdown body.
/// Around the text, keys and values are still offered.
/// </summary>
public sealed class CompletionInTextTests
{
    private const string Post = "posts:\n  - id: a\n    channel: x\n";

    public static TheoryData<string, string, bool> InsideText()
    {
        var cases = new (string Name, string Text)[]
        {
            ("a dash on a new line of text: |", Post + "    text: |\n      Bonjour\n      - ¦\n    variants:\n      bluesky: Hi\n"),
            ("a blank line of text: >-", Post + "    text: >-\n      Bonjour\n      ¦\n      à tous\n"),
            ("a more indented line of a block", Post + "    text: |\n      Bonjour\n        al¦\n"),
            ("a hashtag line then a dash", Post + "    text: |\n      #promo\n      - ¦\n"),
            ("a block with an anchor and an indicator", Post + "    text: &intro |2-\n       Bonjour\n       - ¦\n"),
            ("a plain scalar's second line", Post + "    text: Bonjour\n      al¦\n"),
            ("a double-quoted scalar's second line", Post + "    text: \"Bonjour\n      - ¦ à tous\"\n"),
            ("a single-quoted scalar's second line", Post + "    text: 'Bonjour\n      ty¦ à tous'\n"),
            ("text below its key", Post + "    text:\n      Bonjour\n      chan¦\n"),
            ("the text on the key's line", Post + "    text: Bonjour al¦\n"),
            ("a thread item", Post + "    thread:\n      - Bon¦\n"),
            ("a thread item's block", Post + "    thread:\n      - |\n        Un\n        - ¦\n      - Deux\n"),
            ("a thread item's second line", Post + "    thread:\n      - Un\n        lang¦\n"),
            ("a variant's block", Post + "    variants:\n      bluesky: |\n        Salut\n        - ¦\n"),
            ("a variant's text", Post + "    variants:\n      bluesky: Sal¦\n"),
            ("a default text", "defaults:\n  text: |\n    Bonjour\n    - ¦\nposts: []\n"),
            ("the Markdown body", "---\nchannel: x\n---\nchannel: ¦\n"),
            ("a Markdown list item", "---\nchannel: x\n---\nIntro\n\n- ¦\n"),
            ("a Markdown thread's second part", "---\nchannel: x\nthread: true\n---\nUn.\n\n---\n\npersona: ¦\n"),
            ("a front matter block scalar", "---\nchannel: x\nalt: |\n  Une image\n  - ¦\n---\nBody\n"),
        };
        return MarkedText.WithBothLineEndings(cases);
    }

    public static TheoryData<string, string, string> AroundText() => new()
    {
        { "the next key after a block", Post + "    text: |\n      Bonjour\n    ¦\n", "variants" },
        { "a key being typed after a block", Post + "    text: |\n      Bonjour\n    va¦\n", "variants" },
        { "the next key after a plain scalar", Post + "    text: Bonjour\n    ¦\n", "lang" },
        { "the next key after a multi-line quoted scalar", Post + "    text: \"Bonjour\n      à tous\"\n    ¦\n", "lang" },
        { "the next post after a thread", Post + "    thread:\n      - |\n        Un\n      - Deux\n  - ¦\n", "id" },
        { "a variant key after a variant block", Post + "    variants:\n      bluesky: |\n        Salut\n      ¦\n", "mastodon" },
        { "a channel item", Post + "    channels:\n      - ¦\n", "bluesky" },
        { "a front matter key after a block", "---\nalt: |\n  Une image\n¦\n---\nBody\n", "channel" },
    };

    [Theory]
    [MemberData(nameof(InsideText))]
    public async Task Nothing_is_offered_inside_post_text(string name, string marked, bool crlf)
    {
        var labels = await CompleteAsync(MarkedText.Parse(marked, crlf));

        Assert.True(labels.Length == 0, $"{name}: offered {string.Join(", ", labels)}");
    }

    [Theory]
    [MemberData(nameof(AroundText))]
    public async Task Keys_and_values_are_still_offered_around_text(string name, string marked, string expected)
    {
        var labels = await CompleteAsync(MarkedText.Parse(marked));

        Assert.True(labels.Contains(expected), $"{name}: expected {expected} among {string.Join(", ", labels)}");
    }

    private static async Task<string[]> CompleteAsync(MarkedText document)
    {
        var uri = document.Uri;
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, document.Text, languageId: document.LanguageId);
        var (line, character) = document.Marks.Single();
        var result = await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line, character } });
        return [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!)];
    }
}
