using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules.Loading;

/// <summary>The rule a file declares, or why it was not loaded.</summary>
/// <param name="Rule">The rule, or null.</param>
/// <param name="Diagnostics">Findings on the rule file (header, compile errors, sandbox violations).</param>
/// <param name="IdSpan">Where the rule's ID is written, for duplicate-ID findings.</param>
/// <param name="BatchRule">The rule when it runs across posts (declarative ratio rules), instead of <paramref name="Rule"/>.</param>
public sealed record RuleFileLoadResult(PostRule? Rule, ImmutableArray<Diagnostic> Diagnostics, TextSpan IdSpan = default, BatchRule? BatchRule = null)
{
    /// <summary>A file that failed with <paramref name="diagnostics"/>.</summary>
    public static RuleFileLoadResult Failed(IEnumerable<Diagnostic> diagnostics) => new(null, [.. diagnostics]);
}
