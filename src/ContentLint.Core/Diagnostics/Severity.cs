namespace ContentLint.Core.Diagnostics;

/// <summary>How serious a finding is. <see cref="Off"/> turns a rule off in configuration; no finding carries it.</summary>
public enum Severity
{
    /// <summary>The rule does not report.</summary>
    Off = 0,

    /// <summary>A suggestion shown subtly in editors.</summary>
    Hint = 1,

    /// <summary>Information.</summary>
    Info = 2,

    /// <summary>Something to look at.</summary>
    Warning = 3,

    /// <summary>Something to fix before publishing.</summary>
    Error = 4,
}
