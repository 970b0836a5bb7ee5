using System.Collections.Concurrent;
using System.Text.Json;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Pack;

namespace ContentLint.Cli.Checking;

/// <summary>
/// <c>check --cache</c>: per-file results (findings and facts) in <paramref name="directory"/>, one JSON
/// entry per file, keyed by the file's path and text, its configuration (every file of the cascade), the
/// files of its rule folders, the shipped rule pack, whether scripts run, and the tool. An entry that
/// cannot be read or does not match is a miss: the file is checked and the entry written again
/// (atomically). A cache that cannot be written is reported once, on stderr, and the run goes on.
/// </summary>
public sealed class ResultCache(string directory, bool scriptsEnabled, Action<string> warn)
{
    /// <summary>Replaces the tool's identity in cache keys and facts files (tests: a new version invalidates the cache).</summary>
    public const string ToolVersionVariable = "CONTENTLINT_TOOL_IDENTITY";

    private readonly ConcurrentDictionary<ConfiguredLinter, string> _keys = new(ReferenceEqualityComparer.Instance);
    private int _warned;

    /// <summary>The tool version and its assemblies' build IDs (any rebuild is another tool), or <see cref="ToolVersionVariable"/>.</summary>
    public static string ToolIdentity { get; } = Environment.GetEnvironmentVariable(ToolVersionVariable) is { Length: > 0 } injected
        ? injected
        : string.Join('+', [CheckReport.ToolVersion, .. new[] { typeof(ResultCache), typeof(Linter), typeof(BuiltInRules) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N"))]);

    /// <summary>The record stored for this file's text under this configuration, or null.</summary>
    internal FileRecord? Find(ConfiguredLinter config, string fullPath, SourceDocument document, string hash)
    {
        try
        {
            using var stream = File.OpenRead(EntryPath(config, document.Path, hash));
            var stored = JsonSerializer.Deserialize<StoredFile>(stream, StoredRun.Json);
            return stored is not null && stored.IsWellFormed && stored.Path == document.Path && stored.Hash == hash ? stored.ToRecord(config, fullPath, document) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or ArgumentException)
        {
            return null; // Absent or unreadable: checked again and written anew.
        }
    }

    /// <summary>Stores <paramref name="record"/> (a file that could be read).</summary>
    internal void Store(FileRecord record)
    {
        if (record.ContentHash is not { } hash)
        {
            return;
        }

        var path = EntryPath(record.Config, record.Path, hash);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            StoredRun.WriteAtomically(path, StoredFile.From(record, null));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (Interlocked.Exchange(ref _warned, 1) == 0)
            {
                warn($"cannot write the cache in {directory}: {ex.Message}");
            }
        }
    }

    private string EntryPath(ConfiguredLinter config, string displayPath, string hash)
    {
        var key = ContentHashes.Of([_keys.GetOrAdd(config, ConfigurationKey), displayPath, hash]);
        return Path.Combine(directory, key[..2], key + ".json");
    }

    /// <summary>What a configuration's results depend on besides the file: the tool, the pack, scripts on or off, the configuration files and the rule files.</summary>
    private string ConfigurationKey(ConfiguredLinter config)
    {
        var parts = new List<string> { ToolIdentity, BuiltInRules.Shipped.Identity, scriptsEnabled ? "scripts" : "no scripts", config.ConfigPath ?? "(defaults)" };
        parts.AddRange(config.ConfigResults.SelectMany(r => new[] { r.Path, r.Source?.Text ?? string.Empty }));
        var configuration = config.Linter.Configuration;
        foreach (var folder in configuration.Rules.Select(f => Path.GetFullPath(Path.Combine(configuration.RootDirectory, f))).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                parts.Add(file);
                parts.Add(ContentHashes.OfFile(file));
            }
        }

        return ContentHashes.Of(parts);
    }
}
