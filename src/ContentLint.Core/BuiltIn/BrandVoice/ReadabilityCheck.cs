using System.Globalization;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: readability</c>: the reading ease of an English (Flesch) or French (Kandel–Moles) post
/// against the persona's <c>minReadability</c>, else the <c>minScore</c> option (30). The post's parts
/// are scored together, and each channel variant on its own; texts under <c>minWords</c> (30) words
/// are not scored. Reported on the first sentence. Placeholders: <c>{score}</c>, <c>{formula}</c>,
/// <c>{target}</c>, <c>{source}</c>, <c>{words}</c>.
/// </summary>
public sealed class ReadabilityCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "readability";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var lang = PostLanguage.Primary(context.Post);
        if (Readability.Formula(lang) is not { } formula)
        {
            return;
        }

        var persona = context.Post.Persona is { } name ? context.Configuration.Policy.Personas.GetValueOrDefault(name.Value) : null;
        var (target, source) = persona?.MinReadability is { } set
            ? (set, $"personas.{persona.Name}.minReadability")
            : (options.GetDouble("minScore", 30), "default");
        var minWords = options.GetInt("minWords", 30);
        foreach (var texts in new[] { context.Post.Parts }.Concat(context.Post.Variants.Select(v => v.Parts)))
        {
            var sentences = new List<IReadOnlyList<string>>();
            (MappedText Text, TextSpan Span)? anchor = null;
            foreach (var text in texts)
            {
                var prose = ProseText.Of(text);
                var words = prose.CountedWords.ToList();
                foreach (var (sentence, inSentence) in Sentences.WithWords(Sentences.Split(prose, lang), words))
                {
                    if (inSentence.Count > 0)
                    {
                        sentences.Add([.. inSentence.Select(w => w.Text)]);
                        anchor ??= (text, sentence);
                    }
                }
            }

            var count = sentences.Sum(s => s.Count);
            if (anchor is not { } at || count < minWords)
            {
                continue;
            }

            var score = Readability.Score(sentences, lang!);
            if (score < target)
            {
                context.Report(at.Text, at.Span, null, ("score", Format(score)), ("formula", formula), ("target", Format(target)), ("source", source), ("words", count));
            }
        }
    }

    private static string Format(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
