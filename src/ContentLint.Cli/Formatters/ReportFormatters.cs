namespace ContentLint.Cli.Formatters;

/// <summary>The output formats of <c>check --format</c>.</summary>
public static class ReportFormatters
{
    /// <summary>Format names, as accepted by <c>--format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github"];

    /// <summary>
    /// The formatter for <paramref name="name"/>; <paramref name="useColor"/> only affects text. Messages
    /// are shown in <paramref name="locale"/> (JSON keeps the English <c>message</c> and adds <c>localizedMessage</c>).
    /// </summary>
    public static IReportFormatter Create(string name, bool useColor, string locale) => name switch
    {
        "json" => new JsonFormatter(locale),
        "sarif" => new SarifFormatter(locale),
        "github" => new GitHubFormatter(locale),
        _ => new TextFormatter(useColor, locale),
    };
}
