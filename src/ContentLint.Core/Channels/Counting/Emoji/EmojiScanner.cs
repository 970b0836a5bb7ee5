namespace ContentLint.Core.Channels.Counting.Emoji;

/// <summary>Walks the emoji of a text in order, as twemoji-parser's global regex does.</summary>
internal static class EmojiScanner
{
    /// <summary>Finds the first emoji at or after <paramref name="from"/>; false when none.</summary>
    public static bool TryFindNext(ReadOnlySpan<char> text, int from, out int start, out int length)
    {
        for (start = from; start < text.Length; start++)
        {
            length = EmojiMatcher.MatchAt(text, start);
            if (length > 0)
            {
                return true;
            }

            if (char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
            {
                start++;
            }
        }

        length = 0;
        return false;
    }
}
