using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary>Writes a rule's documentation, like <c>rustc --explain</c>.</summary>
internal static class RuleExplanationWriter
{
    /// <param name="writer">Where to write.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="source">The rule file it was loaded from, or null for a built-in rule. Text from rule files is escaped (<see cref="Printable"/>).</param>
    /// <param name="locale">Language of the title and message; the documentation is English.</param>
    public static void Write(TextWriter writer, RuleDescriptor rule, string? source, string locale)
    {
        writer.WriteLine(Printable.Escape($"{rule.Id} {rule.Name}: {rule.TitleIn(locale)}"));
        writer.WriteLine();
        if (source is not null)
        {
            writer.WriteLine($"Defined in: {Printable.Escape(source)}");
        }

        writer.WriteLine($"Category: {rule.Category.Title} ({rule.Category.Name})");
        writer.WriteLine($"Default severity: {rule.DefaultSeverity.ToName()}{(rule.IsConfigurable ? string.Empty : " (cannot be changed or suppressed)")}");
        writer.WriteLine($"Message: {Printable.Escape(rule.MessageFormatIn(locale))}");
        writer.WriteLine($"Documentation: {rule.HelpUri}");
        writer.WriteLine();
        writer.WriteLine(Printable.EscapeKeepingLineBreaks(rule.Description.TrimEnd()));
        if (!rule.IsConfigurable)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Configure (contentlint.yaml):");
        writer.WriteLine($"  severity:");
        writer.WriteLine($"    {Printable.Escape(rule.Id)}: warning    # error | warning | info | hint | off");
        writer.WriteLine("Suppress one occurrence:");
        writer.WriteLine($"  <!-- contentlint-disable-next-line {Printable.Escape(rule.Id)} -- reason -->   (Markdown)");
        writer.WriteLine($"  # contentlint-disable-next-line {Printable.Escape(rule.Id)} -- reason          (YAML)");
    }
}
