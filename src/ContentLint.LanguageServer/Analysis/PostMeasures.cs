using System.Collections.Immutable;
using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>
/// Measures every text of every post on each of its known channels, the way the channel rules do
/// (variants replace the text on their channel; Mastodon counts the content warning with the text).
/// The source of <c>contentlint/postStats</c>, inlay hints, symbols and the channel hover.
/// </summary>
internal static class PostMeasures
{
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
                    var measurement = ChannelMeasurement.Measure(channel, text.Text, warning);
                    result.Add(new PostMeasure(post, text, measurement, numbered ? i + 1 : null, rendition.IsVariant));
                }
            }
        }

        return result.ToImmutable();
    }
}
