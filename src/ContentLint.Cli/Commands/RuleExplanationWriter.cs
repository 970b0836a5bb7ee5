using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary>Writes a rule's documentation, like <c>rustc --explain</c>.</summary>
internal static class RuleExplanationWriter
{
    public static void Write(TextWriter writer, RuleDescriptor rule)
    {
        writer.WriteLine($"{rule.Id} {rule.Name}: {rule.Title}");
        writer.WriteLine();
        writer.WriteLine($"Category: {rule.Category.Title} ({rule.Category.Name})");
        writer.WriteLine($"Default severity: {rule.DefaultSeverity.ToName()}{(rule.IsConfigurable ? string.Empty : " (cannot be changed or suppressed)")}");
        writer.WriteLine($"Message: {rule.MessageFormat}");
        writer.WriteLine($"Documentation: {rule.HelpUri}");
        writer.WriteLine();
        writer.WriteLine(rule.Description.TrimEnd());
        if (!rule.IsConfigurable)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Configure (contentlint.yaml):");
        writer.WriteLine($"  severity:");
        writer.WriteLine($"    {rule.Id}: warning    # error | warning | info | hint | off");
        writer.WriteLine("Suppress one occurrence:");
        writer.WriteLine($"  <!-- contentlint-disable-next-line {rule.Id} -- reason -->   (Markdown)");
        writer.WriteLine($"  # contentlint-disable-next-line {rule.Id} -- reason          (YAML)");
    }
}
