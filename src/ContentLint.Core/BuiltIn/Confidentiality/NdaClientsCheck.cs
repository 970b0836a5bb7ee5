using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>
/// <c>check: nda-clients</c>: clients under a non-disclosure agreement (<c>confidential.clients</c>),
/// matched like confidential terms (case- and accent-insensitive, whole words, elisions, plurals).
/// Placeholders: <c>{term}</c> (as configured), <c>{match}</c> (as written).
/// </summary>
public sealed class NdaClientsCheck : IBuiltInCheck
{
    private static readonly PolicyCache<ListMatcher> Matchers = new(p => new ListMatcher(p.NdaClients));

    /// <inheritdoc />
    public string Name => "nda-clients";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options) =>
        Matchers.Get(context.Configuration.Policy).Report(context);
}
