using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Reads whether a text is promotional or dialogue, English or French, from weighted markers
/// (prices, discounts, promo codes, calls to buy, register or click, urgency, campaign links… vs
/// greetings, questions, thanks, apologies, offers of help, requests, invitations to write); a reply's
/// leading mentions weigh nothing. Every
/// marker keeps its span, so a finding can name its evidence. Weights and thresholds:
/// <see cref="ClassifierWeights"/>.
/// </summary>
public static class MessageTypeClassifier
{
    /// <summary>Classifies one text; <paramref name="lang"/> is its language tag (<c>en</c>, <c>fr-CA</c>), or null to detect it.</summary>
    public static TypeReading Classify(string text, string? lang = null, CountingMethod method = CountingMethod.XWeighted) => Classify([text], lang, method);

    /// <summary>Classifies several texts as one message (a thread's parts, a post's variants).</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="lang">
    /// Their language tag: English and French texts are searched with the patterns of their language only; for another
    /// tag or none, each text's language is detected from its function words, and both run when that is undecided.
    /// </param>
    /// <param name="method">How links, hashtags and mentions are found (the channel's counting method).</param>
    /// <param name="isExcluded">Spans to ignore, by text index (code).</param>
    public static TypeReading Classify(IReadOnlyList<string> texts, string? lang = null, CountingMethod method = CountingMethod.XWeighted, Func<int, TextSpan, bool>? isExcluded = null)
    {
        var language = MarkerLanguages.FromTag(lang);
        var markers = new List<TypeMarker>();
        for (var i = 0; i < texts.Count; i++)
        {
            MarkerFinder.Find(texts[i], i, method, language, isExcluded, markers);
        }

        return new TypeReading(markers);
    }
}
