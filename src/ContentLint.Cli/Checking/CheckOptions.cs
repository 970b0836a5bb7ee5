namespace ContentLint.Cli.Checking;

/// <summary>What <c>contentlint check</c> was asked to do.</summary>
/// <param name="Paths">Files and folders to check (the working directory when empty).</param>
/// <param name="ConfigPath">Configuration file forced with <c>--config</c>, or null to discover one per path.</param>
/// <param name="Fix">Apply fixes and write the files.</param>
/// <param name="WorkingDirectory">Folder relative paths are resolved against and displayed from.</param>
/// <param name="NoScripts">Skip script rules (<c>--no-scripts</c>), with one CL0035 finding.</param>
/// <param name="Progress">Counts analysed files for the terminal's progress line, or null.</param>
/// <param name="Shard">Check only this part of the files (<c>--shard i/n</c>), or null for all.</param>
/// <param name="Cache">Where per-file results are kept between runs (<c>--cache</c>), or null.</param>
/// <param name="Verbose">Where to say, per file, "checked" or "from cache" (<c>--verbose</c>), or null.</param>
/// <param name="Warn">Where warnings go (standard error), or null to drop them.</param>
/// <param name="Stored">True when results leave the process (<c>--facts-out</c>, <c>--cache</c>): every cross-post rule must work from facts.</param>
public sealed record CheckOptions(IReadOnlyList<string> Paths, string? ConfigPath, bool Fix, string WorkingDirectory, bool NoScripts = false, CheckProgress? Progress = null,
    ShardSpec? Shard = null, ResultCache? Cache = null, TextWriter? Verbose = null, Action<string>? Warn = null, bool Stored = false);
