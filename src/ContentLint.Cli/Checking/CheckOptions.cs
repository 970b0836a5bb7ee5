namespace ContentLint.Cli.Checking;

/// <summary>What <c>contentlint check</c> was asked to do.</summary>
/// <param name="Paths">Files and folders to check (the working directory when empty).</param>
/// <param name="ConfigPath">Configuration file forced with <c>--config</c>, or null to discover one per path.</param>
/// <param name="Fix">Apply fixes and write the files.</param>
/// <param name="WorkingDirectory">Folder relative paths are resolved against and displayed from.</param>
/// <param name="NoScripts">Skip script rules (<c>--no-scripts</c>), with one CL0035 finding.</param>
/// <param name="Progress">Counts analysed files for the terminal's progress line, or null.</param>
public sealed record CheckOptions(IReadOnlyList<string> Paths, string? ConfigPath, bool Fix, string WorkingDirectory, bool NoScripts = false, CheckProgress? Progress = null);
