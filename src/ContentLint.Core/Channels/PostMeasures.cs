using System.Collections.Immutable;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Channels;

/// <summary>
/// Measures every text of every post on each of its known channels, the way the channel rules do
/// (variants replace the text on their channel; Mastodon counts the content warning with the text).
/// The source of <c>contentlint count</c> on a post file, and of the language server's
/// <c>contentlint/postStats</c>, inlay hints, symbols and channel hover: one count everywhere.
/// </summary>
public static class PostMeasures
{
    /// <summary>Every text of every post of <paramref name="document"/>, measured on each of its known channels.</summary>
    public static ImmutableArray<PostMeasure> Compute(PostDocument? document, ChannelCatalog channels, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<PostMeasure>();
        foreach (var post in document.Posts)
        {
            foreach (var rendition in post.Renditions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (channels.Find(rendition.Channel.Value) is not { } channel)
                {
                    continue; // CL1001 reports unknown channels.
                }

                var warning = channel.Counter.Method == CountingMethod.Mastodon ? post.ContentWarning?.Text : null;
                var numbered = rendition.Parts.Length > 1 || post.IsThread;
                for (var i = 0; i < rendition.Parts.Length; i++)
                {
                    var text = rendition.Parts[i];
                    var measurement = ChannelMeasurement.Measure(channel, text.Text, warning, post.IsReply);
                    result.Add(new PostMeasure(post, text, measurement, numbered ? i + 1 : null, rendition.IsVariant));
                }
            }
        }

        return result.ToImmutable();
    }
}
