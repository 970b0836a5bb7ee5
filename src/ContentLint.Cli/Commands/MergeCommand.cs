using System.CommandLine;
using ContentLint.Cli.Checking;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint merge FILE…</c>: combines the facts files of every shard of a run (<c>check --shard i/n
/// --facts-out FILE</c>), runs the cross-post rules over the facts of all their posts, and prints the report
/// in any format with the exit code of one unsharded run. Run it where the shards ran (the same checkout and
/// working directory): it loads the configurations, and reads files again for excerpts.
/// </summary>
public static class MergeCommand
{
    /// <summary>Builds the command; <paramref name="console"/> gives its output streams.</summary>
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "The facts files of every shard (check --shard i/n --facts-out FILE)." };
        var report = new ReportOptions();
        var command = new Command("merge", "Combine the facts files of a sharded check into one report; exit code as for check.") { files };
        foreach (var option in report.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) =>
        {
            var runs = (parseResult.GetValue(files) ?? []).Select(StoredRun.Read).ToList();
            RequireOneWholeRun(runs);
            report.RequireWritableOutput(parseResult);
            var accepted = report.ReadBaseline(parseResult);
            var cwd = Directory.GetCurrentDirectory();
            var scripts = runs[0].Scripts;
            using var runner = new CheckRunner();
            ConfiguredLinter Config(string? display) => runner.LinterForConfig(display is null ? null : Path.GetFullPath(display, cwd), cwd, scripts);
            void Warn(string message) => console.Error.WriteLine($"contentlint: warning: {message}");

            var stored = runs.SelectMany(r => r.Files).ToArray();
            var configs = stored.Select(f => Config(f.Config)).ToArray();
            var records = new FileRecord[stored.Length];
            Parallel.For(0, stored.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var file = stored[i];
                var source = file.Findings is { Count: > 0 } ? Reread(configs[i].Linter, file.Path, file.Hash, cwd, Warn) : null;
                records[i] = file.ToRecord(configs[i], Path.GetFullPath(file.Path, cwd), source) ?? throw UnknownRule(file.Path);
            });

            var catalog = Config(runs[0].CatalogConfig).Linter;
            var others = runs.SelectMany(r => r.Others).DistinctBy(f => f.Path)
                .Select(f => f.ToResult(catalog.Catalog, f.Findings is { Count: > 0 } ? Reread(catalog, f.Path, f.Hash, cwd, Warn) : null) ?? throw UnknownRule(f.Path));
            var finished = new RunFinisher(cwd, Warn, cancellationToken).Finish(records);
            var outcome = new CheckOutcome(CheckRunner.Report(others.Concat(finished), catalog.Catalog, cwd), runs.Any(r => r.ConfigurationError));
            return Task.FromResult(report.Print(parseResult, console, outcome, accepted, path => runner.LinterFor(Path.GetDirectoryName(Path.GetFullPath(path, cwd))!, null, cwd, scripts).Linter));
        });
        return command;
    }

    /// <summary>Throws (exit code 2) unless the files are the parts 1..n of one run, written by this tool with the same settings.</summary>
    private static void RequireOneWholeRun(List<StoredRun> runs)
    {
        if (runs.Select(r => r.Tool).Distinct().Count() > 1 || runs[0].Tool != ResultCache.ToolIdentity)
        {
            throw new CommandFailedException("the facts files were written by another build of contentlint: write every shard and merge with the same one");
        }

        if (runs.Select(r => r.Scripts).Distinct().Count() > 1)
        {
            throw new CommandFailedException("some shards ran with --no-scripts and some without: run every shard with the same options");
        }

        var shards = runs.Select(r => ShardSpec.Parse(r.Shard) ?? throw new CommandFailedException($"a facts file names shard '{r.Shard}', not i/n")).ToList();
        var count = shards[0].Count;
        var missing = Enumerable.Range(1, count).Where(i => !shards.Any(s => s.Index == i)).ToList();
        if (shards.Any(s => s.Count != count) || shards.Count != count || missing.Count > 0)
        {
            throw new CommandFailedException($"merge needs each shard of one run once: got {string.Join(", ", shards)}{(missing.Count > 0 ? $"; missing {string.Join(", ", missing.Select(i => $"{i}/{count}"))}" : string.Empty)}");
        }
    }

    /// <summary>The file's text when it is as it was checked (for excerpts and fixes), else null with a warning.</summary>
    private static SourceDocument? Reread(Linter linter, string path, string? hash, string cwd, Action<string> warn)
    {
        var full = Path.GetFullPath(path, cwd);
        var (source, _) = File.Exists(full) ? linter.LoadFile(full, path) : (null, null);
        if (source is not null && hash is not null && ContentHashes.Of(source.Text) == hash)
        {
            return source;
        }

        warn($"{path} is {(source is null ? "missing" : "changed")} since it was checked: its findings are shown without an excerpt");
        return null;
    }

    private static CommandFailedException UnknownRule(string path) =>
        new($"{path}: a finding names a rule this configuration does not have: the shards were checked with other rules");
}
