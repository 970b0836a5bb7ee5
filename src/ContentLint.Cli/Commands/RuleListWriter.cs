using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary>
/// Writes rules as an aligned table, grouped by category; rules from rule files show their file, and
/// those that replace a shipped rule say so.
/// </summary>
internal static class RuleListWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<RuleDescriptor> rules, ImmutableDictionary<string, string> sources, ImmutableDictionary<string, string> overridden, string locale)
    {
        var nameWidth = rules.Count == 0 ? 4 : Math.Max(4, rules.Max(r => Printable.Escape(r.Name).Length));
        foreach (var group in rules.GroupBy(r => r.Category).OrderBy(g => g.Min(r => r.Id), StringComparer.Ordinal))
        {
            writer.WriteLine($"{group.Key.Title} ({group.Key.Name})");
            foreach (var rule in group)
            {
                var overrides = overridden.ContainsKey(rule.Id) ? "; overrides the shipped rule" : string.Empty;
                var source = sources.TryGetValue(rule.Id, out var file) ? $"  [{Printable.Escape(file)}{overrides}]" : string.Empty;
                writer.WriteLine($"  {Printable.Escape(rule.Id)}  {Printable.Escape(rule.Name).PadRight(nameWidth)}  {rule.DefaultSeverity.ToName(),-7}  {Printable.Escape(rule.TitleIn(locale))}{source}");
            }

            writer.WriteLine();
        }

        var overriddenNote = overridden.IsEmpty ? string.Empty : $" {overridden.Count} shipped rule(s) overridden by your files.";
        writer.WriteLine($"{rules.Count} rules.{overriddenNote} 'contentlint rules explain ID' tells more about one.");
    }
}
