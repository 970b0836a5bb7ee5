using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary>
/// Each post's <c>count/limit</c> hint sits at the end of the last line holding that text (<c>¦</c> in the
/// cases), whatever the scalar style: never at column 0 of the next line, where it pushes the next key right.
/// </summary>
public sealed class InlayHintPlacementTests
{
    public static TheoryData<string, string, bool> Cases()
    {
        var cases = new (string Name, string Text)[]
        {
            ("literal", "posts:\n  - id: a\n    channels: [x, bluesky]\n    text: |\n      Bonjour\n      à tous¦\n    variants:\n      bluesky: Salut¦\n"),
            ("folded", "posts:\n  - id: a\n    channel: x\n    text: >\n      Bonjour\n      à tous¦\n\n  - id: b\n    channel: x\n    text: Bye¦\n"),
            ("strip", "posts:\n  - id: a\n    channel: x\n    text: |-\n      Bonjour¦\n    publish_at: 2026-12-01T09:00:00+01:00\n"),
            ("keep literal", "posts:\n  - id: a\n    channel: x\n    text: |+\n      Bonjour¦\n\n\n    lang: fr\n"),
            ("keep folded", "posts:\n  - id: a\n    channel: x\n    text: >+\n      Bonjour\n      encore¦\n\n\n  - id: b\n    channel: x\n    text: Bye¦\n"),
            ("block at the end of the file", "posts:\n  - id: a\n    channel: x\n    text: |\n      Bonjour¦\n\n"),
            ("plain", "posts:\n  - id: a\n    channel: x\n    text: Bonjour à tous¦ # comment\n"),
            ("plain on two lines", "posts:\n  - id: a\n    channel: x\n    text: Bonjour\n      à tous¦\n    lang: fr\n"),
            ("double-quoted", "posts:\n  - id: a\n    channel: x\n    text: \"Bonjour  \"¦\n"),
            ("double-quoted ending with an escape", "posts:\n  - id: a\n    channel: x\n    text: \"Bonjour\\n\"¦\n"),
            ("single-quoted", "posts:\n  - id: a\n    channel: x\n    text: 'C''est l''heure'¦\n"),
            ("multi-line double-quoted", "posts:\n  - id: a\n    channel: x\n    text: \"Bonjour\n      à tous\"¦\n    lang: fr\n"),
            ("multi-line quoted ending on its own line", "posts:\n  - id: a\n    channel: x\n    text: \"Bonjour\n      à tous¦\n      \"\n    lang: fr\n"),
            ("thread", "posts:\n  - id: a\n    channel: x\n    thread:\n      - |\n        Un¦\n      - >-\n        Deux¦\n      - Trois¦\n    lang: fr\n"),
            ("variant blocks", "posts:\n  - id: a\n    channels: [x, bluesky, mastodon]\n    text: Salut¦\n    variants:\n      bluesky: |\n        Bonjour¦\n      mastodon: >\n        Hello¦\n\n    lang: fr\n"),
            ("flow variants", "posts:\n  - id: a\n    channels: [x, bluesky, mastodon]\n    text: Salut¦\n    variants: {bluesky: \"Bonjour\"¦, mastodon: Hi¦}\n"),
            ("empty quoted", "posts:\n  - id: a\n    channel: x\n    text: \"\"¦\n  - id: b\n    channel: x\n    text: ''¦\n"),
            ("empty block", "posts:\n  - id: a\n    channel: x\n    text: |¦\n    lang: fr\n"),
            ("empty variant", "posts:\n  - id: a\n    channels: [x, bluesky]\n    text: Hi¦\n    variants:\n      bluesky: ''¦\n"),
            ("markdown", "---\nchannel: x\n---\nBonjour **à tous**¦  \n\n\n"),
            ("markdown link", "---\nchannel: x\n---\nTitre\n\nVoir [le site](https://example.com/a)¦\n"),
            ("markdown thread", "---\nchannel: x\nthread: true\n---\nUn.¦\n\n---\n\nDeux.¦\n\n"),
        };
        return MarkedText.WithBothLineEndings(cases);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_hint_is_at_the_end_of_the_last_text_line(string name, string marked, bool crlf)
    {
        var document = MarkedText.Parse(marked, crlf);
        var uri = document.Uri;
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, document.Text, languageId: document.LanguageId);

        var hints = await client.RequestAsync("textDocument/inlayHint", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 1000, character = 0 } },
        });

        var positions = hints.EnumerateArray()
            .Select(h => (h.GetProperty("position").GetProperty("line").GetInt32(), h.GetProperty("position").GetProperty("character").GetInt32()))
            .Order().ToList();
        Assert.True(document.Marks.Order().SequenceEqual(positions), $"{name}: expected hints at {string.Join(", ", document.Marks)}, got {string.Join(", ", positions)}");
    }
}
