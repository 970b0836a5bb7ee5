using ContentLint.Core.Matching;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>A configured list (confidential terms, NDA clients) matched with its plural forms; reports <c>{term}</c> as configured.</summary>
internal sealed class ListMatcher
{
    private readonly List<string> _configured = [];
    private readonly TermMatcher? _matcher;

    public ListMatcher(IEnumerable<string> terms)
    {
        var variants = new List<string>();
        foreach (var term in terms)
        {
            foreach (var variant in TermVariants.WithPlurals(term))
            {
                variants.Add(variant);
                _configured.Add(term);
            }
        }

        _matcher = variants.Count == 0 ? null : new TermMatcher(variants);
    }

    /// <summary>Matches in every text of the post (code excluded).</summary>
    public IEnumerable<(Documents.MappedText Text, TermMatch Match, string Configured)> Find(Documents.Post post)
    {
        if (_matcher is null)
        {
            yield break;
        }

        foreach (var text in post.AllTexts)
        {
            foreach (var match in _matcher.Matches(text.Text))
            {
                if (!text.IsInCode(match.Span))
                {
                    yield return (text, match, _configured[match.TermIndex]);
                }
            }
        }
    }

    public void Report(PostRuleContext context)
    {
        foreach (var (text, match, configured) in Find(context.Post))
        {
            context.Report(text, match.Span, null, ("term", configured), ("match", text.Text.Substring(match.Span.Start, match.Span.Length)));
        }
    }
}
