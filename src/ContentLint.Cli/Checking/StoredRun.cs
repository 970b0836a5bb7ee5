using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentLint.Cli.Checking;

/// <summary>
/// A shard's facts file (<c>check --shard i/n --facts-out FILE</c>), read by <c>contentlint merge</c>:
/// its files' findings and facts, and the results every shard shares (configuration and rule files,
/// unreadable paths). Versioned JSON; <see cref="Json"/> also writes cache entries.
/// </summary>
/// <param name="Version">The format's version (<see cref="CurrentVersion"/>).</param>
/// <param name="Tool">The tool that wrote it (<see cref="ResultCache.ToolIdentity"/>): shards must agree.</param>
/// <param name="Shard">The part (<c>i/n</c>).</param>
/// <param name="Scripts">False when script rules were off (<c>--no-scripts</c>).</param>
/// <param name="ConfigurationError">True when a configuration had errors (exit code 2).</param>
/// <param name="CatalogConfig">The configuration whose rules the report lists (as displayed; null for the defaults).</param>
/// <param name="Files">The files of this part.</param>
/// <param name="Others">Results outside the partition, the same in every part.</param>
internal sealed record StoredRun(int Version, string Tool, string Shard, bool Scripts, bool ConfigurationError, string? CatalogConfig, IReadOnlyList<StoredFile> Files, IReadOnlyList<StoredFile> Others)
{
    /// <summary>The version this build writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>How facts files and cache entries are written.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Writes <paramref name="value"/> to <paramref name="path"/> atomically (a temporary file beside it, then renamed).</summary>
    public static void WriteAtomically<T>(string path, T value)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, value, Json);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Reads a facts file; throws <see cref="CommandFailedException"/> (exit code 2) saying what is wrong with it.</summary>
    public static StoredRun Read(string path)
    {
        StoredRun? run;
        try
        {
            using var stream = File.OpenRead(path);
            run = JsonSerializer.Deserialize<StoredRun>(stream, Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            throw new CommandFailedException($"{path}: not a readable facts file ({ex.Message})");
        }

        if (run is null || run.Version != CurrentVersion || run.Tool is null || run.Shard is null || run.Files is null || run.Others is null || !run.Files.Concat(run.Others).All(f => f?.IsWellFormed == true))
        {
            throw new CommandFailedException($"{path}: not a facts file of version {CurrentVersion} (write it again with this version's 'check --facts-out')");
        }

        return run;
    }
}
