using System.Runtime.CompilerServices;
using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// The message-type classifier's reading of each post (<see cref="MessageTypeClassifier"/>), computed once per
/// post and shared by the rules that need it (type contradiction, missing type, promo share, disclosure,
/// dialogue invitation); released with the post.
/// </summary>
public static class MessageTypes
{
    private static readonly ConditionalWeakTable<Post, TypeReading> Readings = [];

    /// <summary>
    /// The reading of <paramref name="post"/>: all its texts (parts and variants) as one message, code left out, with the
    /// marker patterns of its declared language (or of the language detected in each text);
    /// links, hashtags and mentions found the way its first known channel counts them.
    /// </summary>
    public static TypeReading Of(Post post, ChannelCatalog channels) =>
        Readings.GetValue(post, p => Classify(p, channels));

    private static TypeReading Classify(Post post, ChannelCatalog channels)
    {
        var texts = post.AllTexts.ToList();
        var method = post.Channels.Select(c => channels.Find(c.Value)).OfType<ChannelDefinition>().FirstOrDefault()?.Counter.Method ?? CountingMethod.Graphemes;
        return MessageTypeClassifier.Classify([.. texts.Select(t => t.Text)], post.Lang?.Value, method, (index, span) => texts[index].IsInCode(span));
    }
}
