using System.Runtime.CompilerServices;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;
using ContentLint.Core.Scoping;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// A post's text with what is not prose marked: code, link targets, and links (bare domains
/// included), hashtags and mentions found the broadest way, whatever the channel — a style rule must
/// not rewrite <c>example.com/?a=1</c> or <c>@user</c> even where a channel would not link them.
/// One instance per text, shared by every brand-voice and typography check: finding the links of a
/// long post is the costly part, and it is done once.
/// </summary>
public sealed class ProseText
{
    private static readonly ConditionalWeakTable<MappedText, ProseText> Cache = [];

    private readonly Lock _gate = new();
    private readonly TextTokens _tokens;
    private SpanSet? _protected;
    private SpanIndex? _hashtags;

    private ProseText(MappedText text)
    {
        Text = text;
        _tokens = TextTokens.Of(text.Text, CountingMethod.Graphemes);
    }

    /// <summary>The text analysed.</summary>
    public MappedText Text { get; }

    /// <summary>Its characters.</summary>
    public string Value => Text.Text;

    /// <summary>Words outside links, hashtags and mentions.</summary>
    public IReadOnlyList<TextToken> Words => _tokens.Words;

    /// <summary>Sentences as the engine splits them (see <see cref="Prose.Sentences"/> for the language-aware split).</summary>
    public IReadOnlyList<TextToken> Sentences => _tokens.Sentences;

    /// <summary>Hashtags, found by twitter-text's rules (as every channel finds them).</summary>
    public IReadOnlyList<TextToken> Hashtags => _tokens.Hashtags;

    /// <summary>Emoji, one per sequence.</summary>
    public IReadOnlyList<TextToken> Emoji => _tokens.Emoji;

    /// <summary>Links, bare domains included.</summary>
    public IReadOnlyList<TextToken> Links => _tokens.Urls;

    /// <summary>
    /// Words as a reader counts them: outside code, with a letter, and a French elision (<c>l'</c>,
    /// <c>qu'</c>) counted with the word it is attached to.
    /// </summary>
    public IEnumerable<TextToken> CountedWords => Words.Where(w => IsCounted(w.Text) && !Text.IsInCode(w.Span));

    /// <summary>The shared instance for <paramref name="text"/>.</summary>
    public static ProseText Of(MappedText text) => Cache.GetValue(text, t => new ProseText(t));

    /// <summary>True for a word with a letter that is not an elided article.</summary>
    public static bool IsCounted(string word) => word.Any(char.IsLetter) && word[^1] is not ('\'' or '\u2019');

    /// <summary>True for what is left of an emoji whose picture was stripped (a lone variation selector, joiner or skin tone): nothing shows.</summary>
    public static bool IsInvisibleEmoji(string emoji)
    {
        for (var i = 0; i < emoji.Length; i += char.IsSurrogatePair(emoji, i) ? 2 : 1)
        {
            if (char.ConvertToUtf32(emoji, i) is not (0xFE0E or 0xFE0F or 0x200D) and not (>= 0x1F3FB and <= 0x1F3FF))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="span"/> touches code, a link, a hashtag or a mention.</summary>
    public bool IsProtected(TextSpan span) => Protected.Touches(span);

    /// <summary>True when the character at <paramref name="offset"/> is in code, a link, a hashtag or a mention.</summary>
    public bool IsProtected(int offset) => Protected.Touches(new TextSpan(offset, 1));

    /// <summary>True when <paramref name="span"/> lies inside a hashtag.</summary>
    public bool IsInHashtag(TextSpan span) => Get(ref _hashtags, () => new SpanIndex(Hashtags.Select(h => h.Span))).Contains(span);

    private SpanSet Protected => Get(ref _protected, () => new SpanSet(
        Text.Regions.Select(r => r.Span).Concat(_tokens.Urls.Concat(_tokens.Hashtags).Concat(_tokens.Mentions).Select(t => t.Span))));

    // The linter checks one post on one thread, but a text may be shared.
    private T Get<T>(ref T? field, Func<T> make)
        where T : class
    {
        lock (_gate)
        {
            return field ??= make();
        }
    }
}
