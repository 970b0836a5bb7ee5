using System.Text;
using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Workspace;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>Lints one snapshot with its workspace's linter. Files that are not posts get no findings.</summary>
internal static class DocumentAnalyzer
{
    /// <summary>Lints <paramref name="snapshot"/>; <paramref name="batch"/> adds the workspace batch rules' findings computed on this very text.</summary>
    public static DocumentAnalysis Analyze(TextDocumentSnapshot snapshot, WorkspaceLinter workspace, CancellationToken cancellationToken, BatchFindings? batch = null)
    {
        if (PostDocumentParser.KindOf(snapshot.Path) is null)
        {
            // The editor sends every Markdown and YAML file (docker-compose.yaml, …): not ours to judge.
            return DocumentAnalysis.Empty(snapshot, workspace);
        }

        var linter = workspace.Linter;
        var size = Encoding.UTF8.GetByteCount(snapshot.Text);
        if (size > linter.Configuration.MaxFileSize)
        {
            var tooLarge = Diagnostic.Create(ParseRules.FileTooLarge, default, ("size", size), ("limit", linter.Configuration.MaxFileSize));
            return new DocumentAnalysis(snapshot, linter.FromDiagnostics(snapshot.ToSource(), null, [tooLarge]), [], workspace);
        }

        var analysis = linter.Analyze(snapshot.ToSource(), cancellationToken);
        if (batch is not null && analysis.Document is not null)
        {
            analysis = analysis with { Diagnostics = analysis.Diagnostics.AddRange(batch.Diagnostics) };
        }

        if (workspace.PolicyUnreadable)
        {
            analysis = analysis with { Diagnostics = analysis.Diagnostics.Add(PolicyUnreadable(workspace)) };
        }

        var result = linter.Finish(analysis, cancellationToken);
        if (result.IsSkipped)
        {
            return new DocumentAnalysis(snapshot, result, [], workspace);
        }

        return new DocumentAnalysis(snapshot, result, PostMeasures.Compute(result.Document, linter.Channels, cancellationToken), workspace);
    }

    /// <summary>Says on the post that its policy could not be read, and what it is checked with instead.</summary>
    private static Diagnostic PolicyUnreadable(WorkspaceLinter workspace)
    {
        var broken = workspace.ConfigResults.FirstOrDefault(r => r.Findings.Any(f => f.Severity == Severity.Error))?.Path ?? workspace.ConfigPath;
        var fallback = workspace.Failed is not null
            ? "the last valid configuration is in use until the errors reported on that file are fixed"
            : "there is no earlier valid one, so only what could be read (or the defaults) is in use: confidential terms, NDA clients and embargoes may NOT be checked until the errors reported on that file are fixed";
        return Diagnostic.Create(ConfigRules.ConfigurationUnreadable, default, ("config", broken), ("fallback", fallback));
    }
}
