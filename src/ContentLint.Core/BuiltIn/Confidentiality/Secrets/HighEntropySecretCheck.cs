using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.BuiltIn.Confidentiality.Secrets;

/// <summary>
/// <c>check: high-entropy-secrets</c>: a random-looking string (<see cref="SecretCandidate"/>) a few
/// words from a word that announces a credential (<see cref="SecretKeywords"/>); strings in a known
/// format are left to <c>secret-tokens</c>, links are not looked at. Code is included.
/// Placeholders: <c>{masked}</c> (first four characters), <c>{keyword}</c>.
/// </summary>
public sealed class HighEntropySecretCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "high-entropy-secrets";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        foreach (var text in ConfidentialTexts.Of(context.Post))
        {
            var candidates = SecretCandidate.Runs(text.Text).Where(s => SecretCandidate.LooksSecret(text.Text.Substring(s.Start, s.Length))).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var taken = new SpanIndex(EntityExtractor.Extract(text.Text, CountingMethod.Graphemes, EntityKind.Url).Concat(SecretFormats.Find(text.Text).Select(f => f.Span)));
            var tokens = TextTokens.Of(text.Text);
            foreach (var span in candidates)
            {
                if (taken.Overlaps(span) || SecretKeywords.Near(tokens, span) is not { } keyword)
                {
                    continue;
                }

                context.Report(text, span, null, ("masked", Masking.Mask(text.Text.Substring(span.Start, span.Length))), ("keyword", keyword));
            }
        }
    }
}
