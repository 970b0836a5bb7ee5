using ContentLint.Core.Engine;

namespace ContentLint.Cli.Checking;

/// <summary>
/// <c>check --facts-out FILE</c>: checks the run's files (its shard's, with <c>--shard</c>) up to the run
/// step and writes their records as a <see cref="StoredRun"/> for <c>contentlint merge</c>, instead of a report.
/// </summary>
internal static class FactsFile
{
    /// <summary>Writes the facts file; returns the exit code: 2 when a configuration has errors (as the report would), else 0 — <c>merge</c> judges the findings.</summary>
    public static int Write(CheckRunner runner, CheckOptions options, string path, CliConsole console, CancellationToken cancellationToken)
    {
        var collected = runner.Collect(options, cancellationToken);
        var cwd = options.WorkingDirectory;
        var shard = (options.Shard ?? new ShardSpec(1, 1)).ToString();
        var run = new StoredRun(
            StoredRun.CurrentVersion,
            ResultCache.ToolIdentity,
            shard,
            !options.NoScripts,
            collected.ConfigurationError,
            DisplayConfig(collected.CatalogConfig, cwd),
            [.. collected.Records.Select(r => StoredFile.From(r, DisplayConfig(r.Config, cwd)))],
            [.. collected.Others.Select(StoredFile.From)]);
        StoredRun.WriteAtomically(path, run);
        console.Error.WriteLine($"contentlint: shard {shard}: {collected.Records.Length} files, {collected.Records.Sum(r => r.Result?.PostCount ?? 0)} posts, {collected.Records.Sum(r => r.Facts.Length)} facts written to {path}");
        return collected.ConfigurationError ? ExitCodes.UsageOrConfigError : ExitCodes.Success;
    }

    /// <summary>A configuration as a facts file names it: its file as displayed, or null for the defaults.</summary>
    public static string? DisplayConfig(ConfiguredLinter? config, string workingDirectory) =>
        config?.ConfigPath is { } path ? CheckRunner.Display(path, workingDirectory) : null;
}
