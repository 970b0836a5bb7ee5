using ContentLint.Core.Channels.Counting.Emoji;

namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// The loop of twitter-text's <c>parseTweet</c> over NFC text: at each index a URL starting there
/// weighs <c>transformedURLLength × scale</c>, else an emoji starting there weighs <c>defaultWeight</c>,
/// else the code point weighs what its last UTF-16 unit weighs. URLs and emoji are found over the
/// whole text first (as twitter-text does), so one that starts inside an earlier unit is skipped.
/// </summary>
internal ref struct WeightedUnitEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly TwitterTextConfig _config;
    private UrlTokenizer _urls;
    private bool _hasUrl;
    private bool _hasEmoji;
    private int _emojiStart;
    private int _emojiLength;
    private int _index;

    /// <summary>Starts the loop over <paramref name="text"/>, which must be NFC already.</summary>
    public WeightedUnitEnumerator(ReadOnlySpan<char> text, TwitterTextConfig config)
    {
        _text = text;
        _config = config;
        _urls = new UrlTokenizer(text);
        _hasUrl = _urls.MoveNext();
        _hasEmoji = config.EmojiParsingEnabled && EmojiScanner.TryFindNext(text, 0, out _emojiStart, out _emojiLength);
        Current = default;
    }

    /// <summary>The current unit.</summary>
    public WeightedUnit Current { get; private set; }

    /// <summary>Advances to the next unit.</summary>
    public bool MoveNext()
    {
        if (_index >= _text.Length)
        {
            return false;
        }

        while (_hasUrl && _urls.Current.Start < _index)
        {
            _hasUrl = _urls.MoveNext();
        }

        while (_hasEmoji && _emojiStart < _index)
        {
            _hasEmoji = EmojiScanner.TryFindNext(_text, _emojiStart + _emojiLength, out _emojiStart, out _emojiLength);
        }

        int last, weight;
        if (_hasUrl && _urls.Current.Start == _index)
        {
            last = _index + _urls.Current.SkipLength - 1;
            weight = _config.TransformedUrlLength * _config.Scale;
        }
        else if (_hasEmoji && _emojiStart == _index)
        {
            last = _index + _emojiLength - 1;
            weight = _config.DefaultWeight;
        }
        else
        {
            last = char.IsHighSurrogate(_text[_index]) && _index + 1 < _text.Length && char.IsLowSurrogate(_text[_index + 1])
                ? _index + 1
                : _index;
            weight = _config.WeightOf(_text[last]);
        }

        Current = new WeightedUnit(_index, last, weight);
        _index = last + 1;
        return true;
    }
}
