namespace ContentLint.LanguageServer.Protocol;

/// <summary>The server's <c>experimental</c> capabilities.</summary>
internal sealed record ExperimentalCapabilities
{
    public PostStatsOptions? PostStats { get; init; }

    /// <summary>The <c>contentlint/…</c> requests the server answers besides <c>documentPostStats</c> (rules, explainRule, checkWorkspace).</summary>
    public IReadOnlyList<string>? Requests { get; init; }

    /// <summary><paramref name="capabilities"/> with <paramref name="method"/> added to <see cref="Requests"/>.</summary>
    public static ServerCapabilities AddRequest(ServerCapabilities capabilities, string method)
    {
        var experimental = capabilities.Experimental ?? new ExperimentalCapabilities();
        return capabilities with { Experimental = experimental with { Requests = [.. experimental.Requests ?? [], method] } };
    }
}
