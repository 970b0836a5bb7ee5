using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: long-sentence</c>: sentences (split the way the post's language reads them) of more
/// words than the persona's <c>maxSentenceWords</c>, else the <c>maxWords</c> option (30).
/// Placeholders: <c>{count}</c>, <c>{max}</c>, <c>{source}</c>.
/// </summary>
public sealed class LongSentenceCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "long-sentence";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var persona = context.Post.Persona is { } name ? context.Configuration.Policy.Personas.GetValueOrDefault(name.Value) : null;
        var (max, source) = persona?.MaxSentenceWords is { } set
            ? (set, $"personas.{persona.Name}.maxSentenceWords")
            : (options.GetInt("maxWords", 30), "default");
        var lang = PostLanguage.Primary(context.Post);
        foreach (var text in context.Post.AllTexts)
        {
            var prose = ProseText.Of(text);
            var words = prose.CountedWords.ToList();
            foreach (var (sentence, inSentence) in Sentences.WithWords(Sentences.Split(prose, lang), words))
            {
                var count = inSentence.Count;
                if (count > max)
                {
                    context.Report(text, sentence, null, ("count", count), ("max", max), ("source", source));
                }
            }
        }
    }
}
