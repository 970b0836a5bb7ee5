using ContentLint.Core.Documents;
using ContentLint.Core.Matching;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>
/// A configured list (confidential terms, NDA clients, embargoed topics) matched with its plural
/// forms; reports <c>{term}</c> as configured and <c>{match}</c> as written.
/// </summary>
public sealed class ListMatcher
{
    private readonly List<(string Configured, int Index)> _owners = [];
    private readonly TermMatcher? _matcher;

    /// <summary>A matcher of <paramref name="terms"/> and their plurals (<see cref="TermVariants"/>).</summary>
    /// <param name="terms">The list as configured; a match's <see cref="ListMatch.Index"/> is the position in it.</param>
    public ListMatcher(IEnumerable<string> terms)
    {
        var variants = new List<string>();
        var index = 0;
        foreach (var term in terms)
        {
            foreach (var variant in TermVariants.WithPlurals(term))
            {
                variants.Add(variant);
                _owners.Add((term, index));
            }

            index++;
        }

        _matcher = variants.Count == 0 ? null : new TermMatcher(variants);
    }

    /// <summary>True when the list is empty.</summary>
    public bool IsEmpty => _matcher is null;

    /// <summary>Matches in every text of the post, code included (see <see cref="ConfidentialTexts"/>).</summary>
    public IEnumerable<ListMatch> Find(Post post) =>
        _matcher is null ? [] : ConfidentialTexts.Of(post).SelectMany(Find);

    /// <summary>Matches in one text, as <see cref="ConfidentialTexts"/> gives it.</summary>
    public IEnumerable<ListMatch> Find(MappedText text)
    {
        if (_matcher is null)
        {
            yield break;
        }

        foreach (var match in _matcher.Matches(text.Text))
        {
            var (configured, index) = _owners[match.TermIndex];
            yield return new ListMatch(text, match, configured, index);
        }
    }
}
