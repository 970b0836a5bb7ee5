using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Engine;

/// <summary>A parsed file and what its rules reported, before severities and suppressions apply.</summary>
/// <param name="Source">The file's text.</param>
/// <param name="Document">The parsed file, or null when it is empty or not a content file.</param>
/// <param name="Diagnostics">What parsing and the rules reported.</param>
public sealed record FileAnalysis(SourceDocument Source, PostDocument? Document, ImmutableArray<Diagnostic> Diagnostics);
