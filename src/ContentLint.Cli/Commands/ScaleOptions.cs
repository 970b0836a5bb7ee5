using System.CommandLine;
using ContentLint.Cli.Checking;

namespace ContentLint.Cli.Commands;

/// <summary><c>check</c>'s options for large repositories: <c>--shard</c>, <c>--facts-out</c>, <c>--cache</c>, <c>--cache-location</c>, <c>--verbose</c>.</summary>
internal sealed class ScaleOptions
{
    public Option<string?> Shard { get; } = new("--shard") { Description = "Check only part i of n of the files (i/n, e.g. 2/5), chosen by a stable hash of each file's path. Cross-post rules need every part: write --facts-out and combine the parts with 'contentlint merge' (a shard's own report leaves their findings out).", HelpName = "i/n" };

    public Option<string?> FactsOut { get; } = new("--facts-out") { Description = "Write this run's findings and the per-post facts of cross-post rules to this file (JSON) for 'contentlint merge', instead of a report.", HelpName = "FILE" };

    public Option<bool> Cache { get; } = new("--cache") { Description = "Keep per-file results between runs and check again only files, configurations and rules that changed." };

    public Option<string?> CacheLocation { get; } = new("--cache-location") { Description = "Folder of the cache (default: .contentlint/cache beside the configuration file).", HelpName = "DIR" };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Say on standard error, per file, whether it was checked or taken from the cache." };

    /// <summary>Every option, to add to a command.</summary>
    public IEnumerable<Option> All => [Shard, FactsOut, Cache, CacheLocation, Verbose];

    /// <summary>The options' values, checked together; throws <see cref="CommandFailedException"/> (exit code 2) for a combination that cannot work.</summary>
    public (ShardSpec? Shard, string? FactsOut, ResultCache? Cache, bool Verbose) Read(ParseResult parseResult, CliConsole console, bool fix, string cacheRoot, bool scriptsEnabled)
    {
        var shard = parseResult.GetValue(Shard) is { } text ? ShardSpec.Parse(text) ?? throw new CommandFailedException($"--shard '{text}': expected i/n with 1 ≤ i ≤ n, e.g. 2/5") : null;
        var factsOut = parseResult.GetValue(FactsOut);
        var cached = parseResult.GetValue(Cache);
        if (fix && (factsOut is not null || cached))
        {
            throw new CommandFailedException("--fix rewrites files: run it without --facts-out and --cache");
        }

        if (parseResult.GetValue(CacheLocation) is not null && !cached)
        {
            throw new CommandFailedException("--cache-location is where --cache keeps results: use it with --cache");
        }

        if (factsOut is not null)
        {
            ReportFile.RequireWritable(factsOut, "the facts file");
        }

        var location = Path.GetFullPath(parseResult.GetValue(CacheLocation) ?? Path.Combine(cacheRoot, ".contentlint", "cache"));
        var cache = cached ? new ResultCache(location, scriptsEnabled, message => console.Error.WriteLine($"contentlint: warning: {message}")) : null;
        return (shard, factsOut, cache, parseResult.GetValue(Verbose));
    }
}
