using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Reads whether a text is promotional or dialogue, English or French, from weighted markers
/// (prices, discounts, promo codes, calls to buy, register or click, urgency, campaign links… vs
/// replies, greetings, questions, thanks, apologies, offers of help, invitations to write). Every
/// marker keeps its span, so a finding can name its evidence. Weights and thresholds:
/// <see cref="ClassifierWeights"/>.
/// </summary>
public static class MessageTypeClassifier
{
    /// <summary>Classifies one text.</summary>
    public static TypeReading Classify(string text, CountingMethod method = CountingMethod.XWeighted) => Classify([text], method);

    /// <summary>Classifies several texts as one message (a thread's parts, a post's variants).</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="method">How links, hashtags and mentions are found (the channel's counting method).</param>
    /// <param name="isExcluded">Spans to ignore, by text index (code).</param>
    public static TypeReading Classify(IReadOnlyList<string> texts, CountingMethod method = CountingMethod.XWeighted, Func<int, TextSpan, bool>? isExcluded = null)
    {
        var markers = new List<TypeMarker>();
        for (var i = 0; i < texts.Count; i++)
        {
            MarkerFinder.Find(texts[i], i, method, isExcluded, markers);
        }

        return new TypeReading(markers);
    }
}
