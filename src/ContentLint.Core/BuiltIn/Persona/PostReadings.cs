using System.Runtime.CompilerServices;
using ContentLint.Core.BuiltIn.Persona.Classification;
using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// The classifier's reading of each post, computed once per post and shared by the rules that need it
/// (type contradiction, missing type, promo share, disclosure); released with the post.
/// </summary>
internal static class PostReadings
{
    private static readonly ConditionalWeakTable<Post, TypeReading> Readings = [];

    /// <summary>The reading of the post being checked.</summary>
    public static TypeReading Of(PostRuleContext context) => Of(context.Post, context.Channels);

    /// <summary>The reading of <paramref name="post"/>: all its texts (parts and variants) as one message, code left out.</summary>
    public static TypeReading Of(Post post, ChannelCatalog channels) =>
        Readings.GetValue(post, p => Classify(p, channels));

    private static TypeReading Classify(Post post, ChannelCatalog channels)
    {
        var texts = post.AllTexts.ToList();
        var method = post.Channels.Select(c => channels.Find(c.Value)).OfType<ChannelDefinition>().FirstOrDefault()?.Counter.Method ?? CountingMethod.Graphemes;
        return MessageTypeClassifier.Classify([.. texts.Select(t => t.Text)], method, (index, span) => texts[index].IsInCode(span));
    }

    /// <summary>"promotional" or "dialogue", for messages.</summary>
    public static string Describe(PostType type) => type == PostType.Promo ? "promotional" : "dialogue";
}
