using System.Globalization;
using System.Xml;
using ContentLint.Cli.Checking;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// JUnit XML, the report CI servers (Jenkins, GitLab, Azure Pipelines, CircleCI) show as tests: one
/// <c>testsuite</c>, one <c>testcase</c> per checked file (passing when it has no findings), one
/// <c>failure</c> per finding with its message, rule and <c>path:line:col</c>. Elements and attributes are
/// those of the common schema (Jenkins' junit-10.xsd). Text from posts goes through <see cref="XmlSafeText"/>.
/// </summary>
/// <param name="locale">Language of the messages (<see cref="MessageLocale"/>).</param>
public sealed class JUnitFormatter(string locale) : IReportFormatter
{
    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter writer)
    {
        var files = report.Files.Where(f => !f.IsSkipped).ToList();
        var tests = files.Count.ToString(CultureInfo.InvariantCulture);
        var failures = files.Sum(f => f.Findings.Length).ToString(CultureInfo.InvariantCulture);
        writer.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartElement("testsuites");
            Counts(xml, "contentlint", tests, failures);
            xml.WriteStartElement("testsuite");
            Counts(xml, "contentlint", tests, failures);
            xml.WriteAttributeString("skipped", "0");
            xml.WriteAttributeString("time", "0");
            foreach (var file in files)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", "contentlint");
                xml.WriteAttributeString("name", XmlSafeText.Of(file.Path));
                xml.WriteAttributeString("time", "0");
                foreach (var finding in file.Findings)
                {
                    WriteFailure(xml, finding);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        writer.WriteLine();
    }

    private static void Counts(XmlWriter xml, string name, string tests, string failures)
    {
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("tests", tests);
        xml.WriteAttributeString("failures", failures);
        xml.WriteAttributeString("errors", "0");
    }

    private void WriteFailure(XmlWriter xml, Finding finding)
    {
        var start = finding.Position.Start;
        var message = XmlSafeText.Of(finding.MessageIn(locale));
        xml.WriteStartElement("failure");
        xml.WriteAttributeString("message", message);
        xml.WriteAttributeString("type", finding.RuleId);
        var where = string.Create(CultureInfo.InvariantCulture, $"{start.OneBasedLine}:{start.OneBasedColumn}");
        xml.WriteString($"{XmlSafeText.Of(finding.Path)}:{where}: {finding.Severity.ToName()} {finding.RuleId} {finding.Rule.Name}: {message}");
        xml.WriteEndElement();
    }
}
