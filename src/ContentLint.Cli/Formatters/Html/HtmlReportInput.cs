using ContentLint.Cli.Checking;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>What the sections of the HTML report read.</summary>
/// <param name="Report">The check report.</param>
/// <param name="Locale">Language of the messages.</param>
/// <param name="LinterFor">The linter that checked a file (by its display path): its configuration's policy and channels.</param>
/// <param name="Now">The moment "upcoming" is measured from.</param>
internal sealed record HtmlReportInput(CheckReport Report, string Locale, Func<string, Linter> LinterFor, DateTimeOffset Now)
{
    /// <summary>The files that were read and parsed, with their linter.</summary>
    public IEnumerable<(FileLintResult File, Linter Linter)> ParsedFiles =>
        Report.Files.Where(f => f.Document is not null && !f.IsSkipped).Select(f => (f, LinterFor(f.Path)));
}
