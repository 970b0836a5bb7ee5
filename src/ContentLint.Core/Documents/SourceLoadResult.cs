using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Documents;

/// <summary>A decoded file, or why it could not be decoded.</summary>
/// <param name="Document">The decoded text, or null.</param>
/// <param name="Diagnostic">Why the file is not checked (encoding, binary, size), or null.</param>
/// <param name="ProblemText">Text to locate <paramref name="Diagnostic"/> in (the valid prefix of a badly encoded file), or null.</param>
public sealed record SourceLoadResult(SourceDocument? Document, Diagnostic? Diagnostic, string? ProblemText = null);
