using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>Twelve rules of the kind users write (LINQ, regex, loops, local functions, StringBuilder, dictionaries) compile, run and report.</summary>
public sealed class LegitimateRuleTests
{
    public static TheoryData<string, string, string[]> Rules => new()
    {
        {
            // 1. Regex in a static readonly field, named message arguments.
            """
            static readonly Regex Competitor = new(@"\b(Acme|Globex)\b", RegexOptions.IgnoreCase);
            foreach (Match m in Competitor.Matches(Text))
                Report(new TextSpan(m.Index, m.Length), ("message", $"competitor {m.Value}"));
            """,
            "Acme and globex are fine, Initech is not listed.",
            ["competitor Acme", "competitor globex"]
        },
        {
            // 2. LINQ over words: repeated words.
            """
            var repeated = Tokens.Words.Zip(Tokens.Words.Skip(1))
                .Where(p => string.Equals(p.First.Text, p.Second.Text, StringComparison.OrdinalIgnoreCase));
            foreach (var (first, second) in repeated)
                Report(second.Span, $"repeated word '{second.Text}'", Fix(TextSpan.FromBounds(first.Span.End, second.Span.End), ""));
            """,
            "This is is a test test.",
            ["repeated word 'is'", "repeated word 'test'"]
        },
        {
            // 3. Hashtag density with an option default.
            """
            var max = Options.GetInt("maxHashtags");
            if (Tokens.Hashtags.Count > max)
                Report(Tokens.Hashtags[max].Span, $"{Tokens.Hashtags.Count} hashtags, at most {max}");
            """,
            "Hello #one #two #three #four",
            ["4 hashtags, at most 3"]
        },
        {
            // 4. Local function and a for loop: shouting (words in capitals).
            """
            bool IsShouting(string word)
            {
                var letters = 0;
                for (var i = 0; i < word.Length; i++)
                {
                    if (!char.IsLetter(word[i])) continue;
                    if (!char.IsUpper(word[i])) return false;
                    letters++;
                }
                return letters >= 4;
            }
            foreach (var w in Tokens.Words.Where(w => IsShouting(w.Text)))
                Report(w.Span, $"shouting '{w.Text}'");
            """,
            "Do not SHOUT at OK people, it is RUDE.",
            ["shouting 'SHOUT'", "shouting 'RUDE'"]
        },
        {
            // 5. Dictionary: terminology with fixes (a field outlives the post, so its collection is frozen).
            """
            using System.Collections.Frozen;
            static readonly FrozenDictionary<string, string> Preferred = new Dictionary<string, string> { ["e-mail"] = "email", ["web site"] = "website" }
                .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            foreach (var (wrong, right) in Preferred)
                for (var at = Text.IndexOf(wrong, StringComparison.OrdinalIgnoreCase); at >= 0; at = Text.IndexOf(wrong, at + 1, StringComparison.OrdinalIgnoreCase))
                    Report(new TextSpan(at, wrong.Length), $"use '{right}'", Fix(new TextSpan(at, wrong.Length), right));
            """,
            "Send an e-mail from our web site.",
            ["use 'email'", "use 'website'"]
        },
        {
            // 6. StringBuilder and sentences: sentence length.
            """
            foreach (var sentence in Tokens.Sentences)
            {
                var count = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (count <= 8) continue;
                var sb = new StringBuilder();
                sb.Append(count).Append(" words in one sentence");
                Report(sentence.Span, sb.ToString());
            }
            """,
            "Short one. This sentence is far too long for a post on social media, really.",
            ["13 words in one sentence"]
        },
        {
            // 7. Post metadata: promo posts need a link.
            """
            if (Post.IsPromo && Tokens.Urls.Count == 0 && PartIndex() == 0)
                Report(Tokens.FirstLine.Span, $"promo post '{Post.Id}' on {Channel} has no link");
            int PartIndex() => Context.PartIndex;
            """,
            "Buy now, 20% off!",
            ["promo post 'post' on linkedin has no link"]
        },
        {
            // 8. Emoji count with a HashSet and a record declared in the script.
            """
            record Count(string Emoji, int Times);
            var counts = Tokens.Emoji.GroupBy(e => e.Text).Select(g => new Count(g.Key, g.Count())).Where(c => c.Times > 1).ToList();
            var seen = new HashSet<string>();
            foreach (var e in Tokens.Emoji)
                if (counts.Any(c => c.Emoji == e.Text) && !seen.Add(e.Text))
                    Report(e.Span, $"emoji {e.Text} repeated");
            """,
            "Party 🎉 time 🎉 now 👍",
            ["emoji 🎉 repeated"]
        },
        {
            // 9. Static regex call, while loop and Math.
            """
            var digits = 0;
            var i = 0;
            while (i < Text.Length) { if (char.IsDigit(Text[i])) digits++; i++; }
            if (Regex.IsMatch(Text, @"\d+%") && Math.Max(digits, 0) > 1)
                Report(new TextSpan(0, Text.Length), "percentages need a source");
            """,
            "Up to 50% faster.",
            ["percentages need a source"]
        },
        {
            // 10. Mentions and URLs, static method, string interpolation, globalization.
            """
            static string Normalize(string s) => s.ToLower(CultureInfo.InvariantCulture).TrimStart('@');
            var banned = Options.GetList("bannedMentions").Select(Normalize).ToHashSet();
            foreach (var mention in Tokens.Mentions.Where(m => banned.Contains(Normalize(m.Text))))
                Report(mention.Span, $"do not mention {mention.Text}");
            foreach (var url in Tokens.Urls.Where(u => u.Text.StartsWith("http:", StringComparison.Ordinal)))
                Report(url.Span, "use https");
            """,
            "Thanks @Rival and @friend, see http://example.com",
            ["do not mention @Rival", "use https"]
        },
        {
            // 11. Delegates kept in static readonly fields (a lambda, a static method) and library methods passed as delegates.
            """
            static readonly Func<string, bool> IsTag = w => w.StartsWith('#');
            static readonly Func<string, string> Shouted = Shout;
            static string Shout(string s) => s.ToUpperInvariant();
            var words = Tokens.All.Select(t => t.Text).ToList();
            var numbers = new string("n1n2".Select(char.ToUpperInvariant).ToArray());
            foreach (var word in words.Where(w => w.Length > 1 && w.All(char.IsUpper)).Select(Shouted))
                Report(new TextSpan(0, 1), $"{word} {numbers} {words.Count(IsTag)}");
            """,
            "Big NEWS at #acme today #launch",
            ["NEWS N1N2 2"]
        },
        {
            // 12. Front-matter fields (built at the first read): through the accessor and the dictionary.
            """
            if (Post.Field("type") is { } type && Post.Fields.TryGetValue("channel", out var channel))
                Report(new TextSpan(0, 1), $"{type} on {channel}, {Post.Fields.Count} fields");
            """,
            "Buy now.",
            ["promo on linkedin, 2 fields"]
        },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Legitimate_rules_compile_run_and_report(string body, string text, string[] expected)
    {
        using var harness = new ScriptHarness();
        var script = ScriptHarness.Script(body, extraHeader: "options:\n  maxHashtags: 3\n  bannedMentions: [rival]\n");
        Assert.Empty(ScriptHarness.Compile(script).Problems);

        var result = harness.Lint(script, ScriptHarness.Post(text, extra: "type: promo\n"));

        Assert.Equal(expected, result.Findings.Where(f => f.RuleId == "TEST100").Select(f => f.Message));
    }

    [Fact]
    public void Fixes_are_written_back_to_the_source()
    {
        using var harness = new ScriptHarness();
        var script = ScriptHarness.Script("""
            var at = Text.IndexOf("e-mail", StringComparison.Ordinal);
            if (at >= 0) Report(new TextSpan(at, 6), "use 'email'", Fix(new TextSpan(at, 6), "email"));
            """);

        var result = harness.Lint(script, ScriptHarness.Post("Send an **e-mail**."));

        var edit = Assert.Single(Assert.Single(Assert.Single(result.Findings).Fixes).Edits);
        Assert.Equal("email", edit.NewText);
        Assert.Equal("e-mail", "---\nchannel: linkedin\n---\nSend an **e-mail**.\n".Substring(edit.Span.Start, edit.Span.Length));
    }
}
