using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting.Options;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting;

/// <summary>The metadata at the top of a <c>.csx</c> rule, read without compiling it.</summary>
/// <param name="Descriptor">ID, name, title, category, severity, message and docs.</param>
/// <param name="Declarations">The <c>options:</c>, each with its type, default, range and doc.</param>
/// <param name="IdSpan">Where the ID is written (for duplicate-ID findings).</param>
/// <param name="Span">The whole header comment.</param>
/// <param name="Level">What one call of the script sees (<c>level:</c>).</param>
public sealed record ScriptHeader(RuleDescriptor Descriptor, ImmutableArray<OptionDeclaration> Declarations, TextSpan IdSpan, TextSpan Span, ScriptLevel Level = ScriptLevel.Text)
{
    /// <summary>The options' defaults by name: <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, a list of strings or a map of names to numbers.</summary>
    public ImmutableDictionary<string, object?> Options { get; } = Declarations.ToImmutableDictionary(d => d.Name, d => d.Default, StringComparer.Ordinal);
}
