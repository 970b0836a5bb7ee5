using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Matching;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>
/// <c>check: confidential-terms</c>: the configured confidential terms and codenames, case- and
/// accent-insensitive, whole words, after French elisions, singular or plural. Placeholder: <c>{term}</c>.
/// </summary>
public sealed class ConfidentialTermsCheck : IBuiltInCheck
{
    private static readonly PolicyCache<ListMatcher> Matchers = new(p => new ListMatcher(p.ConfidentialTerms));

    /// <inheritdoc />
    public string Name => "confidential-terms";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options) =>
        Matchers.Get(context.Configuration.Policy).Report(context);
}
