using System.Collections.Immutable;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Turns a script file into a loaded rule class: the assembly already loaded for the same compiled
/// script if a rule still holds it, else from the on-disk cache when the key matches (the compiler is
/// not even loaded), else by compiling it and caching the result. Thread-safe; one loader serves a
/// whole run (or a language-server session, where a reload after one edited script loads only that one).
/// </summary>
public sealed class ScriptLoader
{
    private readonly ScriptSettings _settings;
    private readonly Lazy<IScriptCompiler> _compiler;
    private readonly Lock _liveLock = new();
    private readonly Dictionary<string, SharedScriptAssembly> _live = new(StringComparer.Ordinal);
    private int _compiled;
    private int _cacheHits;

    /// <summary>A loader with <paramref name="settings"/>.</summary>
    public ScriptLoader(ScriptSettings? settings = null)
    {
        _settings = settings ?? new ScriptSettings();
        Cache = new ScriptCache(_settings.CacheDirectory ?? ScriptCache.DefaultDirectory(Environment.GetEnvironmentVariable), _settings.CacheKeyFile is { } keyFile ? new ScriptCacheKey(keyFile) : null)
        {
            Log = _settings.CacheLog,
        };
        _compiler = new Lazy<IScriptCompiler>(_settings.CompilerFactory ?? ScriptEngineIdentity.LoadDefaultCompiler, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The on-disk cache.</summary>
    public ScriptCache Cache { get; }

    /// <summary>Scripts compiled by this loader.</summary>
    public int Compiled => _compiled;

    /// <summary>Scripts loaded from the cache by this loader.</summary>
    public int CacheHits => _cacheHits;

    /// <summary>True once the compiler has been created (a cold run).</summary>
    public bool CompilerLoaded => _compiler.IsValueCreated;

    /// <summary>Loads <paramref name="script"/> (a script of <paramref name="level"/>), compiling it on a cache miss.</summary>
    public ScriptLoadResult Load(SourceDocument script, ScriptLevel level = ScriptLevel.Text)
    {
        var policy = SandboxPolicy.Default;
        var key = ScriptCache.Key(script.Text, _settings.CompilerIdentity ?? ScriptEngineIdentity.DefaultCompiler, policy, _settings.PackIdentity);
        lock (_liveLock)
        {
            if (_live.TryGetValue(key, out var live) && live.TryAcquire())
            {
                return new ScriptLoadResult(new LoadedScript(live, fromCache: true, shared: true), []);
            }
        }

        if (Cache.TryRead(key) is { } cached && TryLoad(key, cached, fromCache: true, level) is { } hit)
        {
            Interlocked.Increment(ref _cacheHits);
            return new ScriptLoadResult(hit, []);
        }

        if (Cache.TryReadRefused(key) is { } refused)
        {
            return new ScriptLoadResult(null, refused);
        }

        ScriptCompileResult compiled;
        try
        {
            compiled = _compiler.Value.Compile(new ScriptCompileRequest(script.Path, script.Text, "ContentLint.Script." + key[..16], policy, level));
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or TypeLoadException or InvalidCastException or MissingMethodException)
        {
            var problem = new ScriptProblem(ScriptProblemKind.CompileError, default, $"the script compiler ({ScriptEngineIdentity.CompilerAssemblyFile}) could not be loaded: {ex.Message}");
            return new ScriptLoadResult(null, [problem]);
        }

        Interlocked.Increment(ref _compiled);
        if (compiled.Assembly is not { } image)
        {
            Cache.TryWriteRefused(key, compiled.Problems);
            return new ScriptLoadResult(null, compiled.Problems);
        }

        Cache.TryWrite(key, image);
        var loaded = TryLoad(key, image, fromCache: false, level)
            ?? throw new InvalidOperationException($"The compiled script has no type {ScriptCompileRequest.TypeName}.");
        return new ScriptLoadResult(loaded, ImmutableArray<ScriptProblem>.Empty);
    }

    private LoadedScript? TryLoad(string key, byte[] image, bool fromCache, ScriptLevel level)
    {
        var context = new ScriptLoadContext("ContentLint.Script." + key[..16]);
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            var type = context.LoadFromStream(stream).GetType(ScriptCompileRequest.TypeName, throwOnError: false);
            if (type is not null && ScriptLevels.InterfaceOf(level).IsAssignableFrom(type))
            {
                var assembly = new SharedScriptAssembly(key, context, type, Forget);
                lock (_liveLock)
                {
                    _live[key] = assembly;
                }

                return new LoadedScript(assembly, fromCache);
            }
        }
        catch (BadImageFormatException)
        {
            // A corrupt cache entry: removed below and compiled again.
        }

        context.Unload();
        if (fromCache)
        {
            Cache.Remove(key);
        }

        return null;
    }

    private void Forget(SharedScriptAssembly assembly)
    {
        lock (_liveLock)
        {
            if (_live.TryGetValue(assembly.Key, out var current) && ReferenceEquals(current, assembly))
            {
                _live.Remove(assembly.Key);
            }
        }
    }
}
