using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Engine;

/// <summary>What <see cref="FixSession.Run"/> did to a file.</summary>
/// <param name="Document">The fixed text (the original when nothing was applied).</param>
/// <param name="Result">The check of <paramref name="Document"/>, <paramref name="Problems"/> included.</param>
/// <param name="Applied">How many fixes were applied.</param>
/// <param name="Problems">CL0053 findings: rules whose fixes undo each other, left unapplied.</param>
public sealed record FixOutcome(SourceDocument Document, FileLintResult Result, int Applied, ImmutableArray<Diagnostic> Problems)
{
    /// <summary>The fixed text, its check and the number of fixes applied.</summary>
    public void Deconstruct(out SourceDocument document, out FileLintResult result, out int applied) =>
        (document, result, applied) = (Document, Result, Applied);
}
