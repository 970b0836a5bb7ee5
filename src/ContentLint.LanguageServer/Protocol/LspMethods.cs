namespace ContentLint.LanguageServer.Protocol;

/// <summary>Names of the LSP methods this server handles or sends.</summary>
internal static class LspMethods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string SetTrace = "$/setTrace";
    public const string CancelRequest = "$/cancelRequest";
    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string DidSave = "textDocument/didSave";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string Diagnostic = "textDocument/diagnostic";
    public const string CodeAction = "textDocument/codeAction";
    public const string Hover = "textDocument/hover";
    public const string InlayHint = "textDocument/inlayHint";
    public const string Completion = "textDocument/completion";
    public const string DocumentSymbol = "textDocument/documentSymbol";
    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string DidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string DiagnosticRefresh = "workspace/diagnostic/refresh";
    public const string InlayHintRefresh = "workspace/inlayHint/refresh";
    public const string RegisterCapability = "client/registerCapability";
    public const string LogMessage = "window/logMessage";

    /// <summary>Server → client: every post text of a document with its count, limit and method.</summary>
    public const string PostStats = "contentlint/postStats";

    /// <summary>Client → server: the same statistics on demand, for a document already open.</summary>
    public const string DocumentPostStats = "contentlint/documentPostStats";

    /// <summary>Client → server: every rule the linter of a document or folder knows.</summary>
    public const string Rules = "contentlint/rules";

    /// <summary>Client → server: one rule's documentation and metadata.</summary>
    public const string ExplainRule = "contentlint/explainRule";

    /// <summary>Client → server: check every content file of the workspace folders, publish the findings, return the counts.</summary>
    public const string CheckWorkspace = "contentlint/checkWorkspace";

    /// <summary>Client → server: the post under the cursor as each of its channels will show it.</summary>
    public const string Preview = "contentlint/preview";
}
