using System.Globalization;
using System.Text;

namespace ContentLint.TestKit;

/// <summary>
/// Generated long posts for the performance benchmarks and the tests that pin their results: a post
/// whose every line carries findings of several families, 40,000 suppression comments, 40,000 links.
/// </summary>
public static class LongPosts
{
    /// <summary>The configuration the posts are checked with (a confidential term and a persona's banned word).</summary>
    public const string Configuration = """
        confidential:
          terms: [Aurora]
        personas:
          careers: {kind: employee, types: [dialogue, promo], channels: [linkedin, mastodon], bannedWords: [cheap]}
        """;

    /// <summary>The rules that report once on every line of <see cref="Markdown"/> and <see cref="Calendar"/>.</summary>
    public static IReadOnlyList<string> RulesOnEveryLine { get; } =
        ["CL2001", "CL2005", "CL2006", "CL4003", "CL4004", "CL4008", "CL5001"];

    /// <summary>The lines of front matter before the first body line of <see cref="Markdown"/>.</summary>
    public const int MarkdownHeaderLines = 6;

    private const string FrontMatter = "---\nchannel: linkedin\npersona: careers\ntype: dialogue\nlang: fr\n---\n";

    /// <summary>
    /// Line <paramref name="n"/>: a confidential term, an e-mail address, a phone number, a banned word,
    /// <c>!</c> without a no-break space, words in capitals, and a sentence far too long.
    /// </summary>
    public static string Line(int n) => string.Create(CultureInfo.InvariantCulture,
        $"Line {n} Aurora mail jean{n}@acme.fr call 06 12 34 56 78 so cheap Bonjour! GRANDE VENTE MAINTENANT and then a very long sentence that goes on and on with many words that keep coming without any stop at all so the reader gets lost in it forever and ever more words here");

    /// <summary>A Markdown post of at least <paramref name="bytes"/> characters, one <see cref="Line"/> per line.</summary>
    public static string Markdown(int bytes) => FrontMatter + Lines(bytes, string.Empty);

    /// <summary>A calendar with one post whose <c>text: |</c> block is at least <paramref name="bytes"/> characters of <see cref="Line"/>s.</summary>
    public static string Calendar(int bytes) =>
        "posts:\n  - id: long\n    channel: linkedin\n    persona: careers\n    type: dialogue\n    lang: fr\n    text: |\n" + Lines(bytes, "      ");

    /// <summary>A Markdown post of <paramref name="count"/> confidential terms, each after a comment that suppresses it.</summary>
    public static string Suppressions(int count) => FrontMatter + Repeat(count, i => string.Create(CultureInfo.InvariantCulture, $"<!-- contentlint-disable-next-line CL2001 -- quoted -->\nAurora {i}\n\n"));

    /// <summary>A Markdown post of <paramref name="count"/> links, one per line.</summary>
    public static string Links(int count) => FrontMatter + Repeat(count, i => string.Create(CultureInfo.InvariantCulture, $"[x](https://example.com/{i})\n"));

    private static string Lines(int bytes, string indent)
    {
        var text = new StringBuilder(bytes + 400);
        for (var n = 0; text.Length < bytes; n++)
        {
            text.Append(indent).Append(Line(n)).Append('\n');
        }

        return text.ToString();
    }

    private static string Repeat(int count, Func<int, string> item)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(item(i));
        }

        return text.ToString();
    }
}
