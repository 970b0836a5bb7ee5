using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ContentLint.Core.Tests.Channels;

public sealed class ThreadSplitterTests
{
    private static readonly string[] Vocabulary = ["Bonjour", "l’équipe", "révèle", "https://example.com/page", "#Noël", "@marque", "😀", "👩‍👩‍👧‍👦", "café", "offre", "-20 %", "« nouveau »", "why", "not", "today"];

    private static Arbitrary<string> Texts() =>
        Gen.Choose(1, 120).SelectMany(n => Gen.ArrayOf(Gen.Elements(Vocabulary), n).SelectMany(words =>
            Gen.ArrayOf(Gen.Elements(" ", " ", " ", ". ", "! ", "? ", "\n", "\n\n"), words.Length).Select(seps =>
                string.Concat(words.Zip(seps, (w, s) => w + s)).Trim()))).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Every_part_fits_no_word_is_cut_and_the_text_is_preserved()
    {
        return Prop.ForAll(Texts(), Gen.Elements(CountingMethod.XWeighted, CountingMethod.Graphemes, CountingMethod.Mastodon).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (text, method, numbered) =>
        {
            var counter = TextCounters.Create(method);
            var parts = ThreadSplitter.Split(text, counter, 80, numbered);
            if (parts is null)
            {
                return true; // Only when a single word is over the limit, which this vocabulary never makes.
            }

            var strings = parts.Select((p, i) => text.Substring(p.Start, p.Length) + (numbered ? ThreadSplitter.NumberSuffix(i + 1, parts.Count) : string.Empty)).ToList();
            var fits = strings.All(s => counter.Count(s).Count <= 80);
            var words = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var rejoined = string.Join(' ', parts.Select(p => text.Substring(p.Start, p.Length))).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var inOrder = parts.Zip(parts.Skip(1), (a, b) => a.End <= b.Start && text.AsSpan(a.End, b.Start - a.End).IsWhiteSpace()).All(x => x);
            return fits && words.SequenceEqual(rejoined) && inOrder;
        });
    }

    [Fact]
    public void Splits_at_sentence_ends_first()
    {
        var text = "Première phrase assez longue pour compter. Deuxième phrase, elle aussi longue ! Troisième ?";

        var parts = ThreadSplitter.Split(text, TextCounters.Create(CountingMethod.Graphemes), 50, numbered: false)!;

        Assert.Equal(["Première phrase assez longue pour compter.", "Deuxième phrase, elle aussi longue ! Troisième ?"], parts.Select(p => text.Substring(p.Start, p.Length)));
    }

    [Fact]
    public void A_word_longer_than_the_limit_cannot_be_split()
    {
        Assert.Null(ThreadSplitter.Split("short " + new string('x', 50), TextCounters.Create(CountingMethod.Utf16), 20, numbered: false));
    }
}
