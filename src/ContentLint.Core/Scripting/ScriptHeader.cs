using System.Collections.Immutable;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Scripting;

/// <summary>The metadata at the top of a <c>.csx</c> rule, read without compiling it.</summary>
/// <param name="Descriptor">ID, name, title, category, severity, message and docs.</param>
/// <param name="Options">The <c>options:</c> with their typed defaults: <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/> or a list of strings.</param>
/// <param name="IdSpan">Where the ID is written (for duplicate-ID findings).</param>
/// <param name="Span">The whole header comment.</param>
public sealed record ScriptHeader(RuleDescriptor Descriptor, ImmutableDictionary<string, object?> Options, TextSpan IdSpan, TextSpan Span);
