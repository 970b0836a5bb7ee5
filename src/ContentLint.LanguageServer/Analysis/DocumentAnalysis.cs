using System.Collections.Immutable;
using ContentLint.Core.Channels;
using ContentLint.Core.Engine;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Workspace;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>What one lint run found on one snapshot: the engine's result and the measured post texts.</summary>
/// <param name="Snapshot">The version that was checked.</param>
/// <param name="Result">The engine's result, or null when the document is not a content file (nothing is reported on it).</param>
/// <param name="Measures">Every post text measured on its channels.</param>
/// <param name="Workspace">The linter and configuration that checked it.</param>
internal sealed record DocumentAnalysis(TextDocumentSnapshot Snapshot, FileLintResult? Result, ImmutableArray<PostMeasure> Measures, WorkspaceLinter Workspace)
{
    public static DocumentAnalysis Empty(TextDocumentSnapshot snapshot, WorkspaceLinter workspace) => new(snapshot, null, [], workspace);
}
