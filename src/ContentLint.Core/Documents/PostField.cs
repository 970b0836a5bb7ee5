using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>One field of a post's front matter or calendar entry, as written.</summary>
/// <param name="Key">The key.</param>
/// <param name="KeySpan">Source span of the key.</param>
/// <param name="ValueSpan">Source span of the value.</param>
/// <param name="Value">The value: a string for scalars, a list or a map of the same for collections.</param>
/// <param name="IsInherited">True when the value comes from a calendar's <c>defaults:</c>.</param>
public sealed record PostField(string Key, TextSpan KeySpan, TextSpan ValueSpan, object? Value, bool IsInherited = false);
