namespace ContentLint.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the severity threshold.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the threshold (bad input files included).</summary>
    public const int Findings = 1;

    /// <summary>Usage error, invalid configuration, or an internal error: nothing trustworthy was checked.</summary>
    public const int UsageOrConfigError = 2;
}
