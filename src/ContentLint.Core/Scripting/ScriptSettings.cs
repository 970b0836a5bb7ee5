namespace ContentLint.Core.Scripting;

/// <summary>How scripts are compiled and cached; the per-run limits are in the configuration (<c>scripts:</c>).</summary>
public sealed record ScriptSettings
{
    /// <summary>Cache folder; null for <see cref="ScriptCache.DefaultDirectory"/> with the process environment.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The file of the key that signs the cache; null for <see cref="ScriptCacheKey.DefaultPath"/> with the process environment.</summary>
    public string? CacheKeyFile { get; init; }

    /// <summary>Receives why a cache entry was not used (for a verbose log); null drops it.</summary>
    public Action<string>? CacheLog { get; init; }

    /// <summary>Creates the compiler on a cache miss; null loads <c>ContentLint.Scripting</c> by name.</summary>
    public Func<IScriptCompiler>? CompilerFactory { get; init; }

    /// <summary>Identity of the compiler for cache keys; null for the MVID of <c>ContentLint.Scripting.dll</c>.</summary>
    public string? CompilerIdentity { get; init; }

    /// <summary>Identity of the shipped pack the scripts run beside (<see cref="Rules.ShippedRules.Identity"/>), part of the cache key.</summary>
    public string PackIdentity { get; init; } = Rules.ShippedRules.None.Identity;
}
