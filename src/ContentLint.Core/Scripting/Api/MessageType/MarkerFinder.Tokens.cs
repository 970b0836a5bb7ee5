using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.MessageType;

// The markers read from a text's tokens rather than from patterns: links and questions.
internal sealed partial class MarkerFinder
{
    private void FindLinks()
    {
        foreach (var url in _urls)
        {
            Add(PostType.Promo, MarkerCategory.Link, ClassifierWeights.Link, url.Span);

            if (CampaignParameter().Match(url.Text) is { Success: true } parameter)
            {
                Add(PostType.Promo, MarkerCategory.CampaignLink, ClassifierWeights.CampaignLink, new TextSpan(url.Span.Start + parameter.Index, parameter.Length));
            }
        }
    }

    private void FindQuestions()
    {
        var sentences = _tokens.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var mark = sentence.Text.LastIndexOf('?');
            if (mark < 0 || _urlSpans.Contains(sentence.Span.Start + mark))
            {
                continue;
            }

            // A question opening a text that goes on ("Planning a trip? …") is a hook, not a question to the reader.
            var hook = i == 0 && sentences.Count > 1;
            Add(PostType.Dialogue, MarkerCategory.Question, hook ? ClassifierWeights.HookQuestion : ClassifierWeights.Question, sentence.Span);
        }
    }

    [GeneratedRegex(@"(?<=[?&#])(?:utm_[a-z]+|campaign|cmpid|cmp)=[^&#\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CampaignParameter();
}
