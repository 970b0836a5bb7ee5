using ContentLint.Cli.Checking;

namespace ContentLint.Cli.Formatters;

/// <summary>Writes a check report in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    void Write(CheckReport report, TextWriter writer);
}
