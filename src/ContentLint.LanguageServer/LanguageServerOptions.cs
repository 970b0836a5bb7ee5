using ContentLint.Core.Rules;

namespace ContentLint.LanguageServer;

/// <summary>How the host runs the server.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>Where the log goes (stderr for <c>contentlint lsp</c>); null: only <c>window/logMessage</c>.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>The most detailed messages written to <see cref="Log"/>: 1 error, 2 warning, 3 info (default), 4 debug (a line per check, with its time).</summary>
    public int LogLevel { get; init; } = 3;

    /// <summary>Delay after a change before linting, unless the client sets <c>debounceMs</c>.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Compiled rules added to the built-in ones (tests use rules that wait, to control timing).</summary>
    public Func<IEnumerable<PostRule>>? ExtraRules { get; init; }

    /// <summary>Called with a document's URI and version when its check stopped because a newer version or a close superseded it (tests await it).</summary>
    public Action<string, int>? CheckCancelled { get; init; }
}
