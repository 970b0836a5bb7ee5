using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Suppressions;

/// <summary>
/// Applies inline suppressions to a file's diagnostics and reports the suppressions that name
/// unknown rules (CL0012) or suppressed nothing (CL0011, with a fix that removes them).
/// </summary>
public static class SuppressionProcessor
{
    /// <summary>Filters <paramref name="diagnostics"/>; returns what remains plus the suppressions' own diagnostics.</summary>
    /// <param name="document">The parsed file.</param>
    /// <param name="diagnostics">Diagnostics whose severity is not off.</param>
    /// <param name="catalog">Known rules, to resolve names.</param>
    /// <param name="isEnabled">Whether a rule is on in this file (an unused suppression of a rule that is off is not reported).</param>
    /// <param name="cancellationToken">Stops the work when the result is no longer wanted.</param>
    public static ImmutableArray<Diagnostic> Apply(PostDocument document, IReadOnlyList<Diagnostic> diagnostics, RuleCatalog catalog, Func<RuleDescriptor, bool> isEnabled, CancellationToken cancellationToken = default)
    {
        var entries = BuildEntries(document, catalog, out var problems);
        var index = new SuppressionIndex(entries);
        var kept = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Every entry covering the diagnostic is marked used, not only the first.
            var suppressible = diagnostic.Rule.IsConfigurable && diagnostic.Rule != SuppressionRules.UnusedSuppression;
            if (!suppressible || !index.Suppress(diagnostic))
            {
                kept.Add(diagnostic);
            }
        }

        kept.AddRange(problems);
        // When every rule a comment names is unused, each fix removes the whole comment: removing the
        // names one by one would leave a comment that disables every rule.
        var whollyUnused = entries.GroupBy(e => e.Comment).Where(g => g.All(e => !e.Used)).Select(g => g.Key).ToHashSet();
        foreach (var entry in entries.Where(e => !e.Used && (e.Rule is null || isEnabled(e.Rule))))
        {
            kept.Add(entry.ToUnusedDiagnostic(removeWholeComment: whollyUnused.Contains(entry.Comment)));
        }

        return [.. kept];
    }

    private static List<SuppressionEntry> BuildEntries(PostDocument document, RuleCatalog catalog, out List<Diagnostic> problems)
    {
        problems = [];
        var entries = new List<SuppressionEntry>();
        var openBlocks = new OpenBlocks();
        var textEnd = document.Source.Text.Length;
        foreach (var comment in document.Suppressions.OrderBy(s => s.Span.Start))
        {
            var rules = Resolve(comment, catalog, problems);
            if (comment.Kind == SuppressionKind.Enable)
            {
                openBlocks.Close(rules.Count == 0 ? null : rules.Select(r => r.Rule), comment.Span.Start);
                continue;
            }

            var scope = comment.Kind == SuppressionKind.Disable ? TextSpan.FromBounds(comment.Span.End, textEnd) : comment.Scope ?? default;
            var added = new List<SuppressionEntry>();
            if (rules.Count == 0 && comment.Rules.IsEmpty)
            {
                added.Add(new SuppressionEntry(comment, null, -1, scope));
            }

            foreach (var (rule, index) in rules)
            {
                added.Add(new SuppressionEntry(comment, rule, index, scope));
            }

            entries.AddRange(added);
            if (comment.Kind == SuppressionKind.Disable)
            {
                openBlocks.Open(added);
            }
        }

        return entries;
    }

    private static List<(RuleDescriptor Rule, int Index)> Resolve(SuppressionComment comment, RuleCatalog catalog, List<Diagnostic> problems)
    {
        var resolved = new List<(RuleDescriptor, int)>();
        for (var i = 0; i < comment.Rules.Length; i++)
        {
            var name = comment.Rules[i];
            if (catalog.Find(name.Value) is { } rule)
            {
                resolved.Add((rule, i));
            }
            else
            {
                problems.Add(Diagnostic.Create(SuppressionRules.InvalidSuppression, name.Span, ("rule", name.Value), ("suggestion", Suggestions.DidYouMeanPlaceholder(catalog.Suggest(name.Value)))));
            }
        }

        return resolved;
    }
}
