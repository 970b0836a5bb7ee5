namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// twitter-text's <c>extractMentionsOrListsWithIndices</c>: a preceding character (or start, or
/// <c>RT:</c>), <c>[@＠]</c>, a screen name of 1–20 <c>[a-zA-Z0-9_]</c>, an optional <c>/list</c>; a
/// match followed by an at sign, a Latin accented letter or <c>://</c> is dropped.
/// </summary>
public static class TwitterMentionExtractor
{
    /// <summary>Mentions and lists in <paramref name="text"/>.</summary>
    public static IReadOnlyList<TwitterMention> Extract(ReadOnlySpan<char> text)
    {
        List<TwitterMention>? mentions = null;
        var p = 0;
        while (p < text.Length)
        {
            if (!TryMatchAt(text, p, out var mention))
            {
                p++;
                continue;
            }

            p = mention.End;
            if (!IsRejectedAfter(text, mention.End))
            {
                (mentions ??= []).Add(mention);
            }
        }

        return mentions ?? (IReadOnlyList<TwitterMention>)[];
    }

    private static bool TryMatchAt(ReadOnlySpan<char> text, int p, out TwitterMention mention)
    {
        // (?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?) then the at sign.
        if ((p == 0 && TryMentionAt(text, 0, out mention))
            || (!IsExcludedBefore(text[p]) && TryMentionAt(text, p + 1, out mention)))
        {
            return true;
        }

        var rt = p == 0 && IsRt(text, 0) ? 0 : (!IsExcludedBeforeRt(text[p]) && IsRt(text, p + 1) ? p + 1 : -1);
        if (rt >= 0)
        {
            var at = rt + 2;
            if ((at < text.Length && text[at] == ':' && TryMentionAt(text, at + 1, out mention)) || TryMentionAt(text, at, out mention))
            {
                return true;
            }
        }

        mention = default;
        return false;
    }

    private static bool TryMentionAt(ReadOnlySpan<char> text, int at, out TwitterMention mention)
    {
        mention = default;
        if (at >= text.Length || text[at] is not ('@' or '\uFF20'))
        {
            return false;
        }

        var end = at + 1;
        while (end < text.Length && end - at - 1 < 20 && IsScreenNameChar(text[end]))
        {
            end++;
        }

        if (end == at + 1)
        {
            return false;
        }

        var nameEnd = end;
        if (end + 1 < text.Length && text[end] == '/' && char.IsAsciiLetter(text[end + 1]))
        {
            var slugEnd = end + 2;
            while (slugEnd < text.Length && slugEnd - end - 2 < 24 && (IsScreenNameChar(text[slugEnd]) || text[slugEnd] == '-'))
            {
                slugEnd++;
            }

            end = slugEnd;
        }

        mention = new TwitterMention(at, end, nameEnd);
        return true;
    }

    private static bool IsRt(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && (text[i] | 0x20) == 'r' && (text[i + 1] | 0x20) == 't';

    private static bool IsScreenNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsExcludedBefore(char c) => IsScreenNameChar(c) || c is '!' or '#' or '$' or '%' or '&' or '*' or '@' or '\uFF20';

    private static bool IsExcludedBeforeRt(char c) => IsScreenNameChar(c) || c is '+' or '~' or '.' or '-';

    /// <summary><c>endMentionMatch</c>: <c>^(?:[@＠]|[latin accents]|://)</c>.</summary>
    internal static bool IsRejectedAfter(ReadOnlySpan<char> text, int end) =>
        end < text.Length && (text[end] is '@' or '\uFF20' || UrlCharClasses.IsLatinAccent(text[end]) || text[end..].StartsWith("://", StringComparison.Ordinal));
}
