using System.Collections.Frozen;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// Finds how a French text addresses its reader. <c>tu</c>: <c>tu, te, t', toi, ton, ta, tes</c>
/// (also after a hyphen, <c>inscris-toi</c>); <c>ton</c> after a determiner is the noun (<c>le ton</c>).
/// <c>vous</c>: <c>vous, votre, vos, vôtre(s)</c>, and verbs in <c>-ez</c> where an imperative stands (at
/// the start of a sentence, a line or a list item, or after <c>n'</c>: <c>Découvrez</c>, <c>N'hésitez</c>).
/// Not counted: words between quotation marks (reported speech), links, hashtags, mentions, code,
/// <c>rendez-vous</c>, the euphonic <c>t'</c> of <c>y a t'il</c>, and a <c>vous</c> made plural by its sentence
/// (<c>merci à vous tous</c>, <c>vous êtes nombreux</c>, <c>chacun d'entre vous</c>: <c>Data/plural-vous-fr.txt</c>),
/// which a brand that says <c>tu</c> to each reader uses for a group. Limit: a capitalised place name in
/// <c>-ez</c> at the start of a sentence (<c>Rodez</c>) is taken as <c>vous</c>.
/// </summary>
public static class AddressForms
{
    private static readonly FrozenSet<string> TuWords = new[] { "tu", "te", "toi", "ton", "ta", "tes" }
        .ToFrozenSet(StringComparer.Ordinal); // not "tien(s)": "je tiens", "tiens !" are more frequent than "le tien"
    private static readonly FrozenSet<string> VousWords = new[] { "vous", "votre", "vos", "vôtre", "vôtres" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> NounBefore = new[] { "le", "un", "du", "au", "ce", "cet", "mon", "son", "notre", "votre", "leur", "quel", "même", "bon", "beau", "a", "the" }
        .ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> NotVerbs = new[] { "chez", "assez", "nez", "rez", "lez" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> PluralMarkers = ProseData.Set("plural-vous-fr.txt");

    /// <summary>Every use of either form in the texts of <paramref name="post"/> (<see cref="Post.AllTexts"/>), in order, with the text it is in.</summary>
    public static List<(MappedText Text, AddressForm Use)> InPost(Post post) =>
        [.. post.AllTexts.SelectMany(text => Find(ProseText.Of(text)).Select(use => (text, use)))];

    /// <summary>Every use of either form in <paramref name="prose"/>, in text order.</summary>
    public static List<AddressForm> Find(ProseText prose)
    {
        var text = prose.Value;
        var quoted = new SpanSet(QuotedSpans.Find(text));
        var uses = new List<AddressForm>();
        var previous = string.Empty;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            var lower = word.ToLowerInvariant();
            if (Classify(text, start, i, lower, previous) is { } found && !prose.IsProtected(found.Span) && !quoted.Holds(found.Span))
            {
                uses.Add(found);
            }

            previous = lower;
        }

        return uses.Where(use => use.Form == AddressForm.Tu || !InPluralSentence(prose, use.Span)).ToList();
    }

    /// <summary>True when the sentence holding <paramref name="span"/> has a word that makes its <c>vous</c> plural.</summary>
    private static bool InPluralSentence(ProseText prose, TextSpan span)
    {
        return prose.Sentences.Where(s => s.Span.Contains(span)).Any(sentence =>
            prose.Words.Any(w => sentence.Span.Contains(w.Span) && PluralMarkers.Contains(AfterElision(w.Text).ToLowerInvariant())));
    }

    private static string AfterElision(string word)
    {
        var apostrophe = word.LastIndexOfAny(['\'', '\u2019']);
        return apostrophe < 0 ? word : word[(apostrophe + 1)..];
    }

    private static AddressForm? Classify(string text, int start, int end, string lower, string previous)
    {
        var afterApostrophe = start > 0 && IsApostrophe(text[start - 1]);
        if (lower == "t" && !afterApostrophe && end + 1 < text.Length && IsApostrophe(text[end]) && char.IsLetter(text[end + 1]) && !IsEuphonic(text, end + 1))
        {
            return new AddressForm(TextSpan.FromBounds(start, end + 1), AddressForm.Tu, text[start..(end + 1)]);
        }

        var span = TextSpan.FromBounds(start, end);
        if (afterApostrophe && !(previous is "n" or "qu" or "s" or "l" or "d" or "j"))
        {
            return null; // the end of "aujourd'hui", "don't"
        }

        if (TuWords.Contains(lower) && !(lower == "ton" && NounBefore.Contains(previous)))
        {
            return new AddressForm(span, AddressForm.Tu, text[start..end]);
        }

        if (VousWords.Contains(lower) && !(lower == "vous" && previous == "rendez" && start > 0 && text[start - 1] == '-'))
        {
            return new AddressForm(span, AddressForm.Vous, text[start..end]);
        }

        return lower.Length >= 4 && lower.EndsWith("ez", StringComparison.Ordinal) && !NotVerbs.Contains(lower) && !IsRendezVous(text, end, lower)
            && (ImperativePosition(text, start) || (afterApostrophe && previous == "n"))
            ? new AddressForm(span, AddressForm.Vous, text[start..end])
            : null;
    }

    /// <summary>True for the euphonic t of an inversion written with an apostrophe: <c>y a t'il</c>, <c>s'agit t'elle</c>.</summary>
    private static bool IsEuphonic(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end].ToLowerInvariant() is "il" or "elle" or "on" or "ils" or "elles";
    }

    private static bool IsRendezVous(string text, int end, string lower) =>
        lower == "rendez" && text.AsSpan(end).StartsWith("-vous", StringComparison.OrdinalIgnoreCase);

    /// <summary>True at the start of the text, a line, a sentence or a list item (after an emoji or a bullet such as <c>- </c> too, and after a colon).</summary>
    private static bool ImperativePosition(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i] is '\n' or '\r')
            {
                var attached = i == start - 1;
                return !(char.IsLetterOrDigit(text[i]) || text[i] is ',' or '\'' or '\u2019' or '(' || (attached && text[i] == '-'));
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
