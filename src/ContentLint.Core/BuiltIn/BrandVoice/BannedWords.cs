using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Documents;
using ContentLint.Core.Matching;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>A persona's banned words, each with its plural forms, matched in one pass; reports the word as configured.</summary>
internal sealed class BannedWords
{
    private readonly List<string> _configured = [];
    private readonly TermMatcher _matcher;

    public BannedWords(IEnumerable<string> words)
    {
        var variants = new List<string>();
        foreach (var word in words)
        {
            foreach (var variant in TermVariants.WithPlurals(word))
            {
                variants.Add(variant);
                _configured.Add(word);
            }
        }

        _matcher = new TermMatcher(variants);
    }

    /// <summary>Matches in <paramref name="text"/> outside code, with the word as configured.</summary>
    public IEnumerable<(TextSpan Span, string Configured)> Find(MappedText text) =>
        _matcher.Matches(text.Text).Where(m => !text.IsInCode(m.Span)).Select(m => (m.Span, _configured[m.TermIndex]));
}
