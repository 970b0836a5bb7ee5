namespace ContentLint.Cli.Checking;

/// <summary>The report of a check, and whether a configuration error prevented part of it.</summary>
/// <param name="Report">What was found.</param>
/// <param name="ConfigurationError">True when a configuration file had errors: its files were not checked (exit code 2).</param>
public sealed record CheckOutcome(CheckReport Report, bool ConfigurationError);
