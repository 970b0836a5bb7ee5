namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// twitter-text's <c>extractUrlsWithIndices</c> as an allocation-free enumerator: each pattern match
/// is checked (IDNA label lengths, 4,096 units), a protocol-less match yields the ASCII domains inside
/// its domain (the last one extended by the path) unless preceded by <c>-_./</c>, and a t.co URL is cut
/// after its slug and query (dropped if the slug exceeds 40 units).
/// </summary>
internal ref struct UrlTokenizer
{
    private const int MaxUrlLength = 4096;
    private const int MaxTcoSlugLength = 40;

    private readonly ReadOnlySpan<char> _text;
    private readonly bool _withoutProtocol;
    private readonly bool _mayContainUrl;
    private int _lastIndex;
    private RawUrlMatch _raw;
    private bool _hasPendingAscii;
    private int _pendingStart;
    private int _pendingEnd;
    private int _asciiScanFrom;
    private int _asciiEnd;

    /// <summary>Starts enumerating the URLs of <paramref name="text"/>.</summary>
    /// <param name="text">The (NFC-normalised) text.</param>
    /// <param name="withoutProtocol">twitter-text's <c>extractUrlsWithoutProtocol</c> option (default true).</param>
    public UrlTokenizer(ReadOnlySpan<char> text, bool withoutProtocol = true)
    {
        _text = text;
        _withoutProtocol = withoutProtocol;
        _mayContainUrl = text.Contains(withoutProtocol ? '.' : ':');
        Current = default;
    }

    /// <summary>The current URL.</summary>
    public UrlToken Current { get; private set; }

    /// <summary>Advances to the next URL.</summary>
    public bool MoveNext()
    {
        if (_hasPendingAscii)
        {
            EmitPendingAscii();
            return true;
        }

        while (_mayContainUrl && UrlPatternMatcher.TryMatchNext(_text, _lastIndex, out var match))
        {
            _lastIndex = match.End;
            if (!IsValidUrl(match))
            {
                continue;
            }

            if (match.ProtocolLength > 0)
            {
                var end = TcoUrl.TruncatedEnd(_text[match.Start..match.End], out var slugLength);
                if (slugLength > MaxTcoSlugLength)
                {
                    continue;
                }

                var urlEnd = end < 0 ? match.End : match.Start + end;
                Current = new UrlToken(match.Start, urlEnd, urlEnd - match.Start);
                return true;
            }

            if (!_withoutProtocol || (match.Preceding >= 0 && _text[match.Preceding] is '-' or '_' or '.' or '/'))
            {
                continue;
            }

            _raw = match;
            _asciiScanFrom = 0;
            _asciiEnd = 0;
            if (FindNextAscii())
            {
                EmitPendingAscii();
                return true;
            }
        }

        return false;
    }

    private void EmitPendingAscii()
    {
        int start = _pendingStart, end = _pendingEnd;
        _hasPendingAscii = FindNextAscii();
        var token = new UrlToken(_raw.Start + start, _raw.Start + end, end - start);
        if (!_hasPendingAscii && _raw.HasPath)
        {
            var urlLength = _raw.End - _raw.Start;
            var domainLength = _raw.DomainEnd - _raw.DomainStart;
            token = new UrlToken(token.Start, _raw.End, end - start + urlLength - domainLength);
        }

        Current = token;
    }

    /// <summary>Next validAsciiDomain match, positioned the way twitter-text does (indexOf from the last end).</summary>
    private bool FindNextAscii()
    {
        var domain = _text[_raw.DomainStart.._raw.DomainEnd];
        if (!AsciiDomainMatcher.TryMatchNext(domain, _asciiScanFrom, out var start, out var end))
        {
            _hasPendingAscii = false;
            return false;
        }

        _asciiScanFrom = end;
        var found = domain[_asciiEnd..].IndexOf(domain[start..end], StringComparison.Ordinal);
        _pendingStart = found < 0 ? start : _asciiEnd + found;
        _pendingEnd = _pendingStart + (end - start);
        _asciiEnd = _pendingEnd;
        _hasPendingAscii = true;
        return true;
    }

    /// <summary>twitter-text's <c>isValidUrl</c> in the extractor: IDNA label lengths and the 4,096 limit.</summary>
    private readonly bool IsValidUrl(RawUrlMatch match)
    {
        var domain = _text[match.DomainStart..match.DomainEnd];
        if (domain.StartsWith("xn--", StringComparison.Ordinal) && !AsciiDomainMatcher.TryMatchNext(domain, 0, out _, out _))
        {
            return false;
        }

        foreach (var range in domain.Split('.'))
        {
            var length = Punycode.AsciiLength(domain[range]);
            if (length is < 1 or > 63)
            {
                return false;
            }
        }

        var protocolLength = match.ProtocolLength > 0 ? match.ProtocolLength : "https://".Length;
        return protocolLength + (match.End - match.Start) <= MaxUrlLength;
    }
}
