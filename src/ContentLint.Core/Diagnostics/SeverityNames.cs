namespace ContentLint.Core.Diagnostics;

/// <summary>The lower-case names of severities used in configuration, CLI options and outputs.</summary>
public static class SeverityNames
{
    /// <summary>Every accepted name, in increasing order of severity.</summary>
    public static IReadOnlyList<string> All { get; } = ["off", "hint", "info", "warning", "error"];

    /// <summary>The name of <paramref name="severity"/>.</summary>
    public static string ToName(this Severity severity) => All[(int)severity];

    /// <summary>Parses a name, case-insensitively.</summary>
    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "off": severity = Severity.Off; return true;
            case "hint": severity = Severity.Hint; return true;
            case "info": severity = Severity.Info; return true;
            case "warning": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: severity = Severity.Off; return false;
        }
    }
}
