namespace ContentLint.Core.Text;

/// <summary>A value read from the source with the span it was read from.</summary>
/// <typeparam name="T">Type of the value.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Span">Source span of the value (for a field, its value; the key's span is on <see cref="Documents.PostField"/>).</param>
public readonly record struct Located<T>(T Value, TextSpan Span);
