using ContentLint.Core.Diagnostics;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.CheckWorkspace;

/// <summary>
/// <c>contentlint/checkWorkspace</c>: <c>contentlint check</c> over the workspace folders (or the folders
/// named), in the background. The findings of files that are not open are published
/// (<c>textDocument/publishDiagnostics</c>, without a version); the result counts them all.
/// </summary>
internal sealed class CheckWorkspaceHandler(ServerLifecycle lifecycle, ClientSession client, WorkspaceChecker checker) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        ExperimentalCapabilities.AddRequest(capabilities, LspMethods.CheckWorkspace);

    [JsonRpcMethod(LspMethods.CheckWorkspace)]
    public async Task<CheckWorkspaceResult> CheckWorkspaceAsync(CheckWorkspaceParams parameters, CancellationToken cancellationToken)
    {
        lifecycle.EnsureRunning();
        var uris = parameters?.Folders is { Count: > 0 } named ? named : client.WorkspaceFolders;
        if (uris.Count == 0)
        {
            throw new LocalRpcException("The request names no folders, and the client named no workspace folder.") { ErrorCode = LspErrorCodes.InvalidParams };
        }

        var folders = uris.Select(DocumentUris.ToPath).ToList();
        var results = await Task.Run(() => checker.Check(folders, cancellationToken), cancellationToken).ConfigureAwait(false);
        await checker.PublishAsync(results).ConfigureAwait(false);
        var findings = results.SelectMany(r => r.Findings).ToList();
        return new CheckWorkspaceResult(
            results.Count(r => !r.IsSkipped),
            results.Sum(r => r.PostCount),
            results.Count(r => !r.Findings.IsEmpty),
            findings.Count(f => f.Severity == Severity.Error),
            findings.Count(f => f.Severity == Severity.Warning),
            findings.Count(f => f.Severity == Severity.Info),
            findings.Count(f => f.Severity == Severity.Hint));
    }
}
