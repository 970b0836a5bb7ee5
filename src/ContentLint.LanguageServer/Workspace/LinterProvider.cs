using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.LanguageServer.Logging;

namespace ContentLint.LanguageServer.Workspace;

/// <summary>
/// Gives each document the linter of its nearest <c>contentlint.yaml</c> (found by walking up, as the
/// CLI does), loaded once and kept until <see cref="Invalidate"/>. The one place that builds linters:
/// rule packs and script rules (skipped when <see cref="WorkspaceOptions.ScriptsEnabled"/> is false)
/// will be loaded here too.
/// </summary>
internal sealed class LinterProvider(WorkspaceOptions options, ServerLog log)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, WorkspaceLinter> _byConfig = new(StringComparer.Ordinal);

    /// <summary>Raised when a configuration has been (re)loaded, so that its findings are published.</summary>
    public event Action<WorkspaceLinter>? Loaded;

    public WorkspaceOptions Options => options;

    /// <summary>The linter for the document at <paramref name="documentPath"/> (a local path, or a URI for unsaved documents).</summary>
    public WorkspaceLinter GetLinter(string documentPath)
    {
        var directory = Path.IsPathRooted(documentPath) ? Path.GetDirectoryName(documentPath) : null;
        var configPath = directory is null ? null : ConfigurationLoader.Find(directory);
        var key = configPath ?? "(defaults)";
        WorkspaceLinter linter;
        lock (_lock)
        {
            if (_byConfig.TryGetValue(key, out var cached))
            {
                return cached;
            }

            linter = Load(configPath, directory ?? Environment.CurrentDirectory);
            _byConfig[key] = linter;
        }

        Loaded?.Invoke(linter);
        return linter;
    }

    /// <summary>Forgets every loaded configuration; returns the configuration files that were in force.</summary>
    public IReadOnlyList<string> Invalidate()
    {
        lock (_lock)
        {
            var previous = _byConfig.Values.Select(l => l.ConfigPath).OfType<string>().ToList();
            _byConfig.Clear();
            return previous;
        }
    }

    private WorkspaceLinter Load(string? configPath, string directory)
    {
        var rules = options.ExtraRules is { } extra ? BuiltInRules.Create().Concat(extra()) : null;
        if (configPath is null)
        {
            return new WorkspaceLinter(new Linter(LintConfiguration.CreateDefault(directory), rules), null, null);
        }

        var root = Path.GetDirectoryName(configPath)!;
        var defaults = new Linter(LintConfiguration.CreateDefault(root), rules);
        SourceLoadResult loaded;
        try
        {
            loaded = SourceLoader.LoadFile(configPath, configPath, LintConfiguration.DefaultMaxFileSize);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Warning($"Cannot read {configPath}: {ex.Message}; the defaults apply.");
            return new WorkspaceLinter(defaults, null, null);
        }

        if (loaded.Document is not { } source)
        {
            return new WorkspaceLinter(defaults, configPath, defaults.FromDiagnostics(configPath, null, null, [loaded.Diagnostic!]));
        }

        var result = ConfigurationLoader.Load(source, root, defaults.Catalog);
        var linter = new Linter(result.Configuration, rules);
        log.Info($"Loaded {configPath} ({result.Diagnostics.Length} problem(s)); script rules {(options.ScriptsEnabled ? "allowed" : "disabled (untrusted workspace)")}.");
        return new WorkspaceLinter(linter, configPath, linter.FromDiagnostics(source, null, result.Diagnostics));
    }
}
