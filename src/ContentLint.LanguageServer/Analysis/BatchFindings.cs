using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>What the batch rules reported on one file in the last workspace run, and the text they were computed on.</summary>
/// <param name="Text">The file's text in that run (the findings only apply while the document still has this text).</param>
/// <param name="Diagnostics">The batch rules' raw diagnostics (before severities and suppressions).</param>
internal sealed record BatchFindings(string Text, ImmutableArray<Diagnostic> Diagnostics);
