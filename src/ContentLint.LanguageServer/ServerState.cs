namespace ContentLint.LanguageServer;

/// <summary>Where the server is in the LSP lifecycle.</summary>
internal enum ServerState
{
    /// <summary>Waiting for <c>initialize</c>: requests fail with ServerNotInitialized, notifications are dropped.</summary>
    Created,

    /// <summary>Initialized: every method works.</summary>
    Running,

    /// <summary>After <c>shutdown</c>: requests fail with InvalidRequest until <c>exit</c>.</summary>
    ShutDown,
}
