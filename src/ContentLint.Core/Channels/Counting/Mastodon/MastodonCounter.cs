using System.Buffers;
using ContentLint.Core.Channels.Counting.Graphemes;
using ContentLint.Core.Channels.Counting.Twitter;

namespace ContentLint.Core.Channels.Counting.Mastodon;

/// <summary>
/// Mastodon's status length (<c>StatusLengthValidator</c>): grapheme clusters of the content warning
/// followed by the "countable text", where every <c>http(s)://</c> URL (twitter-text extraction without
/// bare domains) becomes 23 characters and every mention becomes <c>@username</c> (so a remote
/// <c>@user@domain</c> costs only <c>@user</c>); overlapping entities keep the first; a blank text counts 0.
/// </summary>
public sealed class MastodonCounter : ITextCounter
{
    /// <summary>Characters a URL counts for.</summary>
    public const int UrlLength = 23;

    /// <summary>The shared instance.</summary>
    public static MastodonCounter Instance { get; } = new();

    /// <inheritdoc />
    public CountingMethod Method => CountingMethod.Mastodon;

    /// <inheritdoc />
    public CountResult Count(ReadOnlySpan<char> text) => Count(text, []);

    /// <summary>Counts the content warning and the text together, as Mastodon does.</summary>
    public CountResult Count(ReadOnlySpan<char> text, ReadOnlySpan<char> contentWarning) =>
        new(Measure(text, contentWarning, int.MaxValue, out _));

    /// <inheritdoc />
    public int OffsetOfFirstOverflow(ReadOnlySpan<char> text, int limit) => OffsetOfFirstOverflow(text, [], limit);

    /// <summary>
    /// Offset in <paramref name="text"/> of the unit that takes the count of content warning plus text
    /// above <paramref name="limit"/> (0 when the content warning alone is over), or -1.
    /// </summary>
    public int OffsetOfFirstOverflow(ReadOnlySpan<char> text, ReadOnlySpan<char> contentWarning, int limit)
    {
        Measure(text, contentWarning, Math.Max(limit, 0), out var offset);
        return offset;
    }

    /// <inheritdoc />
    public string Describe() => "Mastodon characters (graphemes, URLs 23, remote mentions as @user)";

    private static int Measure(ReadOnlySpan<char> text, ReadOnlySpan<char> contentWarning, int limit, out int overflowOffset)
    {
        overflowOffset = -1;
        var capacity = contentWarning.Length + (text.Length * 2) + UrlLength;
        var buffer = ArrayPool<char>.Shared.Rent(capacity);
        var map = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            var length = 0;
            foreach (var c in contentWarning)
            {
                map[length] = 0;
                buffer[length++] = c;
            }

            if (!IsBlank(text))
            {
                length = AppendCountableText(text, buffer, map, length);
            }

            var combined = buffer.AsSpan(0, length);
            var count = 0;
            for (var offset = 0; offset < combined.Length; count++)
            {
                if (count == limit)
                {
                    overflowOffset = map[offset];
                    return count;
                }

                offset += GraphemeClusters.NextLength(combined[offset..]);
            }

            return count;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    private static int AppendCountableText(ReadOnlySpan<char> text, char[] buffer, int[] map, int length)
    {
        var urls = new UrlTokenizer(text, withoutProtocol: false);
        var hasUrl = urls.MoveNext();
        var index = 0;
        var mentionFrom = 0;
        MastodonMention? mention = NextMention(text, ref mentionFrom);
        var copied = 0;
        while (true)
        {
            // The entity that starts first wins; one that overlaps the kept one is dropped.
            while (hasUrl && urls.Current.Start < index)
            {
                hasUrl = urls.MoveNext();
            }

            while (mention is { } m && m.Start < index)
            {
                mention = NextMention(text, ref mentionFrom);
            }

            var urlStart = hasUrl ? urls.Current.Start : int.MaxValue;
            var mentionStart = mention?.Start ?? int.MaxValue;
            if (urlStart == int.MaxValue && mentionStart == int.MaxValue)
            {
                break;
            }

            var start = Math.Min(urlStart, mentionStart);
            length = Copy(text, copied, start, buffer, map, length);
            if (urlStart <= mentionStart)
            {
                for (var i = 0; i < UrlLength; i++)
                {
                    map[length] = start;
                    buffer[length++] = 'x';
                }

                index = copied = urls.Current.End;
            }
            else
            {
                length = Copy(text, start, mention!.Value.UsernameEnd, buffer, map, length);
                index = copied = mention.Value.End;
            }
        }

        return Copy(text, copied, text.Length, buffer, map, length);
    }

    private static MastodonMention? NextMention(ReadOnlySpan<char> text, ref int from)
    {
        while (MastodonMentionExtractor.TryMatchNext(text, from, out var mention, out var matchEnd))
        {
            from = matchEnd;
            if (mention is not null)
            {
                return mention;
            }
        }

        from = text.Length;
        return null;
    }

    private static int Copy(ReadOnlySpan<char> text, int from, int to, char[] buffer, int[] map, int length)
    {
        for (var i = from; i < to; i++)
        {
            map[length] = i;
            buffer[length++] = text[i];
        }

        return length;
    }

    /// <summary>Ruby's <c>blank?</c>: empty or only whitespace.</summary>
    private static bool IsBlank(ReadOnlySpan<char> text) => text.IsWhiteSpace();
}
