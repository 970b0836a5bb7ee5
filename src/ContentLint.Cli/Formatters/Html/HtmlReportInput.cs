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
    /// <summary>
    /// The files that were read and parsed, with their linter. <c>check</c> streams files and keeps no
    /// parsed document in its report, so each file is read and parsed again here, one at a time (the
    /// charts need every post; the report only what was found).
    /// </summary>
    public IEnumerable<(FileLintResult File, Linter Linter)> ParsedFiles =>
        Report.Files.Where(f => !f.IsSkipped && (f.Document is not null || f.PostCount > 0)).Select(f => (f, LinterFor(f.Path))).Select(Reparsed).Where(x => x.File.Document is not null);

    private (FileLintResult File, Linter Linter) Reparsed((FileLintResult File, Linter Linter) x)
    {
        if (x.File.Document is not null)
        {
            return x;
        }

        var (source, _) = x.Linter.LoadFile(Path.GetFullPath(x.File.Path, Report.BaseDirectory), x.File.Path);
        return source is null ? x : (x.File with { Source = x.File.Source ?? source, Document = x.Linter.Parse(source) }, x.Linter);
    }
}
