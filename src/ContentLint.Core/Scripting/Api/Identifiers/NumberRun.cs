using System.Collections.Immutable;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// A written number: digits in groups joined by one separator, the same all along (a space of any
/// width, a dot or a dash), such as <c>06 12 34 56 78</c>, <c>4970-1012-3456-7890</c> or <c>732829320</c>.
/// </summary>
/// <param name="Span">Where it is.</param>
/// <param name="Digits">Its digits, separators removed.</param>
/// <param name="Groups">The length of each group of digits.</param>
/// <param name="Separator">The separator (<c>' '</c> for any space), or null for one group.</param>
internal sealed record NumberRun(TextSpan Span, string Digits, ImmutableArray<int> Groups, char? Separator)
{
    /// <summary>True when the groups have exactly these lengths.</summary>
    public bool IsGrouped(params int[] lengths) => Groups.SequenceEqual(lengths);
}
