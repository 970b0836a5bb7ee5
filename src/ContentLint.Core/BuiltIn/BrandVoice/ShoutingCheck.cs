using System.Collections.Frozen;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: shouting</c>: words in capitals (three letters or more) that are not acronyms (the shipped
/// list, <c>voice.acronyms</c>, Roman numerals), one finding per run of consecutive words. A run of two
/// shouting words or more gets a fix to sentence case; a single word may be a name, so it gets none.
/// Placeholder: <c>{match}</c>.
/// </summary>
public sealed class ShoutingCheck : IBuiltInCheck
{
    private static readonly PolicyCache<FrozenSet<string>> Acronyms = new(p =>
        KnownAcronyms.Default.Concat(p.Acronyms.Select(a => a.Trim())).ToFrozenSet(StringComparer.Ordinal));

    /// <inheritdoc />
    public string Name => "shouting";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var acronyms = Acronyms.Get(context.Configuration.Policy);
        foreach (var text in context.Post.AllTexts)
        {
            var words = ProseText.Of(text).Words.Where(w => !text.IsInCode(w.Span)).ToList();
            var index = words.Select((w, i) => (w.Span.Start, i)).ToDictionary(p => p.Start, p => p.i);
            HashSet<string>? names = null;
            foreach (var run in CapitalRuns.Find(text.Text, words))
            {
                var shouting = run.Where(w => CapitalRuns.IsShouting(w.Text, acronyms)).ToList();
                if (shouting.Count == 0 || (shouting.Count == 1 && NextToName(text.Text, words, index[shouting[0].Span.Start])))
                {
                    continue;
                }

                // The run's edges lose acronyms ("PME", "TV"), not the short words of the phrase ("À", "IT").
                var first = run.FindIndex(w => !IsEdgeAcronym(w.Text, acronyms));
                var last = run.FindLastIndex(w => !IsEdgeAcronym(w.Text, acronyms));
                var span = Documents.TextSpan.FromBounds(run[first].Span.Start, run[last].Span.End);
                var fix = shouting.Count < 2 ? null
                    : new TextReplacement(span, SentenceCase.Apply(text.Text, span, run.GetRange(first, last - first + 1), acronyms, names ??= SentenceCase.Names(text.Text, words)), "Write in sentence case");
                context.Report(text, span, fix, ("match", text.Text.Substring(span.Start, span.Length)));
            }
        }
    }

    private static bool IsEdgeAcronym(string word, IReadOnlySet<string> acronyms) =>
        word.Count(char.IsLetter) < 3 ? !SentenceCase.IsCommonShortWord(word) : !CapitalRuns.IsShouting(word, acronyms);

    /// <summary>
    /// True when a lone word in capitals stands right next to a capitalised word: a surname the
    /// French way (<c>Pierre-André TERISSE</c>, <c>DUPONT Marie</c>) or a brand (<c>le Groupe ADEO</c>).
    /// </summary>
    private static bool NextToName(string text, IReadOnlyList<TextToken> words, int index)
    {
        var word = words[index];
        if (index > 0 && IsName(words[index - 1].Text) && OnlySpaces(text, words[index - 1].Span.End, word.Span.Start))
        {
            // A capital at the start of a sentence says nothing ("Profitez MAINTENANT"), unless every part of a compound has one ("Pierre-André").
            var before = words[index - 1];
            return !SentenceCase.StartsSentence(text, before.Span.Start) || (before.Text.Contains('-') && before.Text.Split('-').All(IsName));
        }

        return index + 1 < words.Count && IsName(words[index + 1].Text) && OnlySpaces(text, word.Span.End, words[index + 1].Span.Start);
    }

    private static bool IsName(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLower);

    private static bool OnlySpaces(string text, int start, int end) => text.AsSpan(start, end - start).Trim(' ').IsEmpty && end > start;
}
