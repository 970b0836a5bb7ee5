using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary>Writes rules as an aligned table, grouped by category.</summary>
internal static class RuleListWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<RuleDescriptor> rules)
    {
        var nameWidth = rules.Count == 0 ? 4 : Math.Max(4, rules.Max(r => r.Name.Length));
        foreach (var group in rules.GroupBy(r => r.Category).OrderBy(g => g.Min(r => r.Id), StringComparer.Ordinal))
        {
            writer.WriteLine($"{group.Key.Title} ({group.Key.Name})");
            foreach (var rule in group)
            {
                writer.WriteLine($"  {rule.Id}  {rule.Name.PadRight(nameWidth)}  {rule.DefaultSeverity.ToName(),-7}  {rule.Title}");
            }

            writer.WriteLine();
        }

        writer.WriteLine($"{rules.Count} rules. 'contentlint rules explain ID' tells more about one.");
    }
}
