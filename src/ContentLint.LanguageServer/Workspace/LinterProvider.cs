using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.LanguageServer.Logging;
using ContentLint.Pack;
using ContentLint.RuleHost.Client;

namespace ContentLint.LanguageServer.Workspace;

/// <summary>
/// Gives each document the linter of its nearest <c>contentlint.yaml</c> (found by walking up, as the
/// CLI does), built once by Core's <see cref="LinterFactory"/> — built-in rules, the default pack,
/// and the declarative and script rules of the configured folders (scripts skipped when
/// <see cref="WorkspaceOptions.ScriptsEnabled"/> is false) — and kept until <see cref="Invalidate"/>.
/// Script rules are compiled and run in one rule host process for the server's lifetime, so an
/// edited script recompiles and an unchanged one comes from the cache; replaced linters are disposed
/// (their script code unloaded) one reload later, once no run can still be using them. When a
/// configuration stops reading (a typo while editing it), the last valid one stays in use, and the
/// documents say so (CL0024), rather than silently falling back to the defaults.
/// </summary>
internal sealed class LinterProvider : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, WorkspaceLinter> _byConfig = new(StringComparer.Ordinal);
    private readonly ServerLog _log;
    private readonly Func<IEnumerable<PostRule>>? _extraRules;
    private readonly Dictionary<string, ConfiguredLinter> _lastValid = new(StringComparer.Ordinal);
    private HashSet<ConfiguredLinter> _retired = new(ReferenceEqualityComparer.Instance);
    private LinterFactory? _factory;
    private RuleHostClient? _host;
    private WorkspaceOptions? _options;

    /// <param name="log">Where loads are logged.</param>
    /// <param name="hostOptions">The host's options: the compiled rules added to every linter (tests).</param>
    public LinterProvider(ServerLog log, LanguageServerOptions hostOptions)
    {
        _log = log;
        _extraRules = hostOptions.ExtraRules;
    }

    /// <summary>Raised when a configuration has been (re)loaded, so that its findings are published.</summary>
    public event Action<WorkspaceLinter>? Loaded;

    /// <summary>What the client allows (set by <c>initialize</c>, before any linter is built).</summary>
    public WorkspaceOptions Options => _options ?? throw NotInitialized();

    /// <summary>Prepares the factory with what the client allows; called once, by <c>initialize</c>.</summary>
    public void Initialize(bool scriptsEnabled)
    {
        _options = new WorkspaceOptions(scriptsEnabled, _extraRules);
        // One warm rule host per server, started by the first script rule and restarted after it dies.
        _host = new RuleHostClient(RuleHostCommand.ThisExecutable());
        _factory = new LinterFactory(BuiltInRules.Shipped, new HostedScriptRuleFileLoader(_host), scriptsEnabled, path => path, _extraRules);
    }

    /// <summary>Stops the rule host.</summary>
    public void Dispose() => _host?.Dispose();

    /// <summary>The linter for the document at <paramref name="documentPath"/> (a local path, or a URI for unsaved documents).</summary>
    public WorkspaceLinter GetLinter(string documentPath)
    {
        var directory = Path.IsPathRooted(documentPath) ? Path.GetDirectoryName(documentPath) : null;
        var configPath = directory is null ? null : ConfigurationDiscovery.ConfigFileFor(documentPath);
        var key = configPath ?? "(defaults)";
        WorkspaceLinter linter;
        lock (_lock)
        {
            if (_byConfig.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var factory = _factory ?? throw NotInitialized();
            var loaded = configPath is null ? factory.CreateDefault(directory ?? Environment.CurrentDirectory) : factory.Create(configPath);
            linter = WithLastValid(key, loaded);
            _byConfig[key] = linter;
        }

        var pack = linter.Configured.Pack;
        if (linter.Failed is not null)
        {
            _log.Warning($"{configPath} could not be read; the last valid configuration stays in use until it is fixed.");
        }

        _log.Info($"Loaded {configPath ?? "the defaults"}: {pack.Rules.Length + pack.AllBatchRules.Length} rule(s) from rule folders; script rules {(Options.ScriptsEnabled ? "allowed" : "disabled (untrusted workspace)")}.");
        Loaded?.Invoke(linter);
        return linter;
    }

    /// <summary>True when a loaded configuration publishes its findings on <paramref name="path"/> (a configuration or rule file).</summary>
    public bool PublishesOn(string path) => All.Any(l => l.PublishedPaths.Contains(path, StringComparer.Ordinal));

    /// <summary>
    /// The linter for a fresh load: itself when it is valid (it becomes the last valid one), else the last
    /// valid one with the failed load attached. Called under the lock.
    /// </summary>
    private WorkspaceLinter WithLastValid(string key, ConfiguredLinter loaded)
    {
        var previous = _lastValid.GetValueOrDefault(key);
        if (loaded.HasConfigErrors)
        {
            return previous is null ? new WorkspaceLinter(loaded) : new WorkspaceLinter(previous, loaded);
        }

        if (previous is not null)
        {
            _retired.Add(previous); // Disposed one reload later, like any replaced linter.
        }

        _lastValid[key] = loaded;
        return new WorkspaceLinter(loaded);
    }

    /// <summary>The linters loaded so far.</summary>
    public IReadOnlyList<WorkspaceLinter> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _byConfig.Values];
            }
        }
    }

    /// <summary>Forgets every loaded configuration; returns the files their findings were published on.</summary>
    public IReadOnlyList<string> Invalidate()
    {
        List<ConfiguredLinter> toDispose;
        IReadOnlyList<string> previous;
        lock (_lock)
        {
            previous = [.. _byConfig.Values.SelectMany(l => l.PublishedPaths).Distinct(StringComparer.Ordinal)];
            toDispose = [.. _retired.Where(c => !_lastValid.ContainsValue(c))];
            _retired = new(_byConfig.Values.SelectMany(l => l.Owned), ReferenceEqualityComparer.Instance);
            _byConfig.Clear();
        }

        foreach (var linter in toDispose)
        {
            linter.Dispose();
        }

        if (toDispose.Count > 0)
        {
            _ = Task.Run(ReturnMemory);
        }

        return previous;
    }

    private static InvalidOperationException NotInitialized() => new("No linter before initialize.");

    /// <summary>
    /// After a reload has unloaded script rules and (for an edited script) the compiler has run: a full,
    /// compacting collection that gives the freed memory back to the system. Without it the process
    /// keeps the high-water mark of every reload (measured in bench/lsp-typing before scripts were shared across reloads: +31 % RSS over 100
    /// recompiles). Reloads are rare (a configuration or rule file saved), so the pause is paid rarely,
    /// and off the protocol's thread.
    /// </summary>
    private static void ReturnMemory()
    {
        GC.Collect(); // Unloaded contexts are freed by finalizers…
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true); // …then their memory is returned.
    }
}
