using System.Runtime.CompilerServices;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Emoji;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scoping;

/// <summary>
/// The tokens of a reader-visible text: words, sentences, hashtags, mentions, URLs and emoji, each
/// with its span. Links, hashtags and mentions follow the channel's counting method (see
/// <see cref="EntityExtractor"/>); words never overlap them. Each list is computed on first use and
/// read-only, and an instance may be shared across threads: <see cref="Of"/> hands every rule that
/// reads the same text the same tokens, so a long post is tokenized once, not once per rule.
/// </summary>
public sealed class TextTokens
{
    private static readonly int MethodCount = Enum.GetValues<CountingMethod>().Length;
    private static readonly ConditionalWeakTable<string, TextTokens?[]> Shared = [];

    private readonly CountingMethod _method;
    private IReadOnlyList<TextEntity>? _entities;
    private IReadOnlyList<TextToken>? _words;
    private IReadOnlyList<TextToken>? _sentences;
    private IReadOnlyList<TextToken>? _hashtags;
    private IReadOnlyList<TextToken>? _mentions;
    private IReadOnlyList<TextToken>? _urls;
    private IReadOnlyList<TextToken>? _emoji;

    /// <summary>Tokens of <paramref name="text"/>, with entities found the way <paramref name="method"/> finds them.</summary>
    public TextTokens(string text, CountingMethod method = CountingMethod.Graphemes)
    {
        Text = text;
        _method = method;
    }

    /// <summary>The shared tokens of <paramref name="text"/> (this very string) for <paramref name="method"/>, released with the string.</summary>
    public static TextTokens Of(string text, CountingMethod method = CountingMethod.Graphemes)
    {
        var slots = Shared.GetValue(text, _ => new TextTokens?[MethodCount]);
        ref var slot = ref slots[(int)method];
        return Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, new TextTokens(text, method), null) ?? slot!;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Words, in order, outside links, hashtags and mentions.</summary>
    public IReadOnlyList<TextToken> Words => Once(ref _words, () => WordScanner.Scan(Text, Entities));

    /// <summary>Sentences, in order, trimmed of surrounding white space.</summary>
    public IReadOnlyList<TextToken> Sentences => Once(ref _sentences, () => SentenceScanner.Scan(Text, Entities));

    /// <summary>Hashtags, <c>#</c> included.</summary>
    public IReadOnlyList<TextToken> Hashtags => Once(ref _hashtags, () => EntitiesOf(EntityKind.Hashtag, TokenKind.Hashtag));

    /// <summary>Mentions, <c>@</c> included.</summary>
    public IReadOnlyList<TextToken> Mentions => Once(ref _mentions, () => EntitiesOf(EntityKind.Mention, TokenKind.Mention));

    /// <summary>Links (with a protocol, or bare domains where the channel links them).</summary>
    public IReadOnlyList<TextToken> Urls => Once(ref _urls, () => EntitiesOf(EntityKind.Url, TokenKind.Url));

    /// <summary>Emoji, one token per emoji sequence.</summary>
    public IReadOnlyList<TextToken> Emoji => Once(ref _emoji, ScanEmoji);

    /// <summary>The first line, without its line break (the whole text when it has one line).</summary>
    public TextToken FirstLine
    {
        get
        {
            var end = Text.AsSpan().IndexOfAny('\r', '\n');
            return Token(TokenKind.Sentence, new TextSpan(0, end < 0 ? Text.Length : end));
        }
    }

    /// <summary>Every token of every kind, ordered by position then kind.</summary>
    public IEnumerable<TextToken> All =>
        Words.Concat(Sentences).Concat(Hashtags).Concat(Mentions).Concat(Urls).Concat(Emoji)
            .OrderBy(t => t.Span.Start).ThenBy(t => t.Kind);

    private IReadOnlyList<TextEntity> Entities => Once(ref _entities, () => EntityExtractor.Extract(Text, _method));

    // A race computes a list twice at worst; every reader gets the one published first. Lists are
    // handed out read-only: a script rule cannot change what the next rule reads.
    private static IReadOnlyList<T> Once<T>(ref IReadOnlyList<T>? field, Func<IReadOnlyList<T>> make) =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, ReadOnly(make()), null) ?? field!;

    private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> list) => list switch
    {
        System.Collections.ObjectModel.ReadOnlyCollection<T> done => done,
        IList<T> mutable => new System.Collections.ObjectModel.ReadOnlyCollection<T>(mutable),
        _ => list,
    };

    private TextToken Token(TokenKind kind, TextSpan span) => new(kind, span, Text.Substring(span.Start, span.Length));

    private List<TextToken> EntitiesOf(EntityKind entity, TokenKind kind) =>
        [.. Entities.Where(e => e.Kind == entity).Select(e => Token(kind, e.Span))];

    private List<TextToken> ScanEmoji()
    {
        var tokens = new List<TextToken>();
        for (var at = 0; EmojiScanner.TryFindNext(Text, at, out var start, out var length); at = start + length)
        {
            tokens.Add(Token(TokenKind.Emoji, new TextSpan(start, length)));
        }

        return tokens;
    }
}
