using ContentLint.Core.Rules;
using ContentLint.Core.Scripting.Api;

namespace ContentLint.Core.Scripting;

/// <summary>Turns the reports a post-level script made into findings, once it finished within its budget.</summary>
internal static class ScriptReports
{
    public static void Flush(PostRuleContext context, PendingReport report)
    {
        if (report.Text is not { } text)
        {
            context.Report(report.Span, report.SourceFix, report.Args);
        }
        else if (report.Message is { } message)
        {
            context.ReportMessage(text, report.Span, message, report.TextFix);
        }
        else
        {
            context.Report(text, report.Span, report.TextFix, report.Args);
        }
    }
}
