using ContentLint.Core.Engine;

namespace ContentLint.Cli.Formatters;

/// <summary>The output formats of <c>check --format</c>.</summary>
public static class ReportFormatters
{
    /// <summary>Format names, as accepted by <c>--format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github", "junit", "html"];

    /// <summary>
    /// The formatter for <paramref name="name"/>; <paramref name="useColor"/> only affects text. Messages
    /// are shown in <paramref name="locale"/> (JSON keeps the English <c>message</c> and adds <c>localizedMessage</c>).
    /// HTML needs <paramref name="linterFor"/>, the linter that checked a file (its policy and channels).
    /// </summary>
    public static IReportFormatter Create(string name, bool useColor, string locale, Func<string, Linter>? linterFor = null) => name switch
    {
        "html" => new HtmlFormatter(locale, linterFor ?? throw new ArgumentNullException(nameof(linterFor), "the HTML report needs the linters"), DateTimeOffset.UtcNow),
        "json" => new JsonFormatter(locale),
        "sarif" => new SarifFormatter(locale),
        "github" => new GitHubFormatter(locale),
        "junit" => new JUnitFormatter(locale),
        _ => new TextFormatter(useColor, locale),
    };
}
