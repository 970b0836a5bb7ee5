using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Twitter;

namespace ContentLint.Core.Channels;

/// <summary>
/// The @mentions that open a reply. Since 2017 X does not count them toward a reply's 280 characters: they
/// are the reply's addressees, shown above the text (its <c>display_text_range</c> starts after them). Other
/// platforms count them as text (Mastodon and Bluesky keep them in the post).
/// </summary>
public static class ReplyMentions
{
    /// <summary>True when a reply on a channel counted with <paramref name="method"/> does not count its leading mentions.</summary>
    public static bool AreFree(CountingMethod method) => method == CountingMethod.XWeighted;

    /// <summary>
    /// Length of the leading run of @mentions of <paramref name="text"/> with the spaces around them (0 when the
    /// text does not start with a mention). Only screen names count: a list (<c>@user/list</c>) is text.
    /// </summary>
    public static int PrefixLength(string text)
    {
        var mentions = TwitterMentionExtractor.Extract(text);
        var position = SkipSpaces(text, 0);
        var end = 0;
        foreach (var mention in mentions)
        {
            if (mention.Start != position || mention.IsList)
            {
                break;
            }

            end = SkipSpaces(text, mention.End);
            position = end;
        }

        return end;
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
