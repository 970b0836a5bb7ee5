using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>
/// Sends results to the client: <c>textDocument/publishDiagnostics</c> with the snapshot's version
/// (unless the client pulls them), <c>contentlint/postStats</c>, and the configuration's findings
/// on <c>contentlint.yaml</c>.
/// </summary>
internal sealed class DiagnosticsPublisher(ClientSession client, LinterProvider linters, ClientConnection connection, ServerLog log)
{
    public async Task PublishAsync(DocumentAnalysis analysis)
    {
        var snapshot = analysis.Snapshot;
        if (client.PushDiagnostics && !IsConfigurationOwned(analysis))
        {
            var diagnostics = analysis.Result is { } result ? FindingRows.ToDiagnostics(result.Findings, client.Locale) : [];
            await NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, diagnostics)).ConfigureAwait(false);
        }

        await NotifyAsync(LspMethods.PostStats, PostStatsBuilder.Build(analysis, client.Locale)).ConfigureAwait(false);
    }

    /// <summary>
    /// True for an open configuration or rule file (editors such as Neovim send them like any document):
    /// its findings are published with the configuration's, and an empty list from the document's own
    /// (non-post) analysis must not replace them.
    /// </summary>
    public bool IsConfigurationOwned(DocumentAnalysis analysis) =>
        analysis.Result is null && linters.PublishesOn(analysis.Snapshot.Path);

    /// <summary>Publishes diagnostics on a file that is not open (batch findings on closed files).</summary>
    public Task PublishAsync(string uri, int? version, List<LspDiagnostic> diagnostics) =>
        NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, version, diagnostics));

    public Task PublishEmptyAsync(string uri, int? version) =>
        NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, version, []));

    public void PublishEmpty(string uri, int? version) => _ = PublishEmptyAsync(uri, version);

    /// <summary>
    /// Publishes what loading a configuration reported, on the configuration file and on its rule files
    /// (always pushed: they are rarely open).
    /// </summary>
    public void PublishConfiguration(WorkspaceLinter linter)
    {
        foreach (var result in linter.ConfigResults)
        {
            var diagnostics = result.Findings.Select(f => LspConverter.ToDiagnostic(f, client.Locale)).ToList();
            _ = NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(DocumentUris.FromPath(result.Path), null, diagnostics));
        }

        foreach (var ruleFile in linter.RuleFileResults)
        {
            var diagnostics = ruleFile.Findings.Select(f => LspConverter.ToDiagnostic(f, client.Locale)).ToList();
            _ = NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(DocumentUris.FromPath(ruleFile.Path), null, diagnostics));
        }
    }

    /// <summary>Asks a pulling client to pull again, and inlay hints to refresh, after a configuration change.</summary>
    public void RequestRefresh()
    {
        if (client.Capabilities.Workspace?.Diagnostics?.RefreshSupport == true)
        {
            _ = RequestAsync(LspMethods.DiagnosticRefresh);
        }

        if (client.Capabilities.Workspace?.InlayHint?.RefreshSupport == true)
        {
            _ = RequestAsync(LspMethods.InlayHintRefresh);
        }
    }

    private Task NotifyAsync(string method, object parameters) => connection.NotifyAsync(method, parameters);

    private async Task RequestAsync(string method)
    {
        try
        {
            await connection.RequestAsync(method).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or IOException or RemoteInvocationException)
        {
            log.Verbose($"{method} failed: {ex.Message}");
        }
    }
}
