namespace ContentLint.Core.Channels.Counting;

/// <summary>The length of a text as a channel counts it.</summary>
/// <param name="Count">The number the platform shows against its limit.</param>
/// <param name="HasInvalidCharacters">True when the text holds a character the platform rejects (X: U+FFFE, U+FEFF, U+FFFF).</param>
public readonly record struct CountResult(int Count, bool HasInvalidCharacters = false);
