using ContentLint.Core.Documents;

namespace ContentLint.Core.BuiltIn.Confidentiality.PersonalData;

/// <summary>Personal data found in a text.</summary>
/// <param name="Span">Where.</param>
/// <param name="Value">The value as written (compared with <c>pii.allow</c>).</param>
/// <param name="Arguments">The message's placeholders.</param>
public sealed record PersonalDataMatch(TextSpan Span, string Value, IReadOnlyList<(string Name, object? Value)> Arguments);
