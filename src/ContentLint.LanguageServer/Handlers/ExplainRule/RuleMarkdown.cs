using System.Globalization;
using System.Text;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Handlers.ExplainRule;

/// <summary>The page <c>contentlint/explainRule</c> returns: the facts of <c>contentlint rules explain</c>, as Markdown.</summary>
internal static class RuleMarkdown
{
    public static string Page(RuleDescriptor rule, RuleInfo info)
    {
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"# {rule.Id} {rule.Name}: {rule.Title}\n\n");
        if (info.File is not null && info.Source == RuleSources.User)
        {
            page.Append(CultureInfo.InvariantCulture, $"- Defined in: `{info.File}`{(info.Overridden ? " (replaces the shipped rule)" : string.Empty)}\n");
        }

        page.Append(CultureInfo.InvariantCulture, $"- Category: {rule.Category.Title} ({rule.Category.Name})\n");
        page.Append(CultureInfo.InvariantCulture, $"- Default severity: {info.DefaultSeverity}{(rule.IsConfigurable ? string.Empty : " (cannot be changed or suppressed)")}\n");
        if (info.Severity != info.DefaultSeverity)
        {
            page.Append(CultureInfo.InvariantCulture, $"- Severity here: {info.Severity} (contentlint.yaml)\n");
        }

        page.Append(CultureInfo.InvariantCulture, $"- Message: `{rule.MessageFormat}`\n");
        page.Append(CultureInfo.InvariantCulture, $"- Documentation: {info.HelpUri}\n\n");
        page.Append(rule.Description.Trim()).Append('\n');
        if (!rule.IsConfigurable)
        {
            return page.ToString();
        }

        page.Append(CultureInfo.InvariantCulture, $"""

            ## Configure (contentlint.yaml)

            ```yaml
            severity:
              {rule.Id}: warning    # error | warning | info | hint | off
            ```

            ## Suppress one occurrence

            ```markdown
            <!-- contentlint-disable-next-line {rule.Id} -- reason -->
            ```

            ```yaml
            # contentlint-disable-next-line {rule.Id} -- reason
            ```

            """);
        return page.ToString();
    }
}
