using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>twitter-text's URL extraction (<c>extractUrlsWithIndices</c>, v3.1.0) on the text as given.</summary>
public static class TwitterUrlExtractor
{
    /// <summary>The URLs twitter-text finds in <paramref name="text"/>, as UTF-16 spans.</summary>
    /// <param name="text">The text (not normalised here; <c>parseTweet</c> normalises to NFC first).</param>
    /// <param name="withoutProtocol">Also find bare domains such as <c>example.com</c> (twitter-text's default).</param>
    public static IReadOnlyList<TextSpan> Extract(ReadOnlySpan<char> text, bool withoutProtocol = true)
    {
        List<TextSpan>? urls = null;
        var tokenizer = new UrlTokenizer(text, withoutProtocol);
        while (tokenizer.MoveNext())
        {
            (urls ??= []).Add(TextSpan.FromBounds(tokenizer.Current.Start, tokenizer.Current.End));
        }

        return urls ?? (IReadOnlyList<TextSpan>)[];
    }
}
