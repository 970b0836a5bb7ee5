namespace ContentLint.Cli.Formatters;

/// <summary>The output formats of <c>check --format</c>.</summary>
public static class ReportFormatters
{
    /// <summary>Format names, as accepted by <c>--format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github"];

    /// <summary>The formatter for <paramref name="name"/>; <paramref name="useColor"/> only affects text.</summary>
    public static IReportFormatter Create(string name, bool useColor) => name switch
    {
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(),
        "github" => new GitHubFormatter(),
        _ => new TextFormatter(useColor),
    };
}
