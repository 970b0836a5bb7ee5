using System.Text;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Testing;

/// <summary>
/// Runs rule cases: checks each post with the built-in rules plus the given ones, and compares the
/// findings of the rule under test, of the rules the markup names, and of engine errors with the markup.
/// </summary>
/// <param name="shipped">The shipped rules; one with the ID of a given rule is replaced by it (an override).</param>
/// <param name="postRules">Rules besides the built-in ones (the rule under test, rule packs).</param>
/// <param name="batchRules">Batch rules besides the built-in ones.</param>
public sealed class RuleCaseRunner(ShippedRules shipped, IReadOnlyList<PostRule> postRules, IReadOnlyList<BatchRule> batchRules)
{
    /// <summary>Runs every case of <paramref name="file"/>.</summary>
    public IEnumerable<RuleCaseResult> Run(RuleCaseFile file) => file.Cases.Select(c => Run(file, c));

    /// <summary>Runs one case.</summary>
    public RuleCaseResult Run(RuleCaseFile file, RuleCase testCase)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
        var (configuration, configProblem) = Configure(testCase.Configuration ?? file.Configuration, root);
        if (configProblem is not null)
        {
            return new RuleCaseResult(file, testCase, false, configProblem);
        }

        var given = postRules.Select(r => r.Descriptor.Id).Concat(batchRules.Select(r => r.Descriptor.Id)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var linter = new Linter(
            configuration,
            shipped.CreatePostRules().Where(r => !given.Contains(r.Descriptor.Id)).Concat(postRules),
            shipped.CreateBatchRules().Where(r => !given.Contains(r.Descriptor.Id)).Concat(batchRules));
        if (linter.Catalog.Find(file.RuleId) is not { } rule)
        {
            return new RuleCaseResult(file, testCase, false, $"No rule '{file.RuleId}' is loaded (name it with 'ruleFile:' or load its pack).");
        }

        string text;
        IReadOnlyList<ExpectedFinding> expected;
        try
        {
            (text, expected) = MarkupParser.Parse(testCase.Markup);
        }
        catch (FormatException ex)
        {
            return new RuleCaseResult(file, testCase, false, ex.Message);
        }

        var source = new SourceDocument(testCase.FileName, text);
        var analysis = linter.RunBatch([linter.Analyze(source)])[0];
        var result = linter.Finish(analysis);
        var named = expected.Where(e => e.RuleId is not null).Select(e => e.RuleId!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var actual = result.Findings
            .Where(f => f.Rule == rule || named.Contains(f.RuleId) || named.Contains(f.Rule.Name) || (!f.Rule.IsConfigurable && f.Severity == Severity.Error))
            .ToList();
        var problems = Compare(rule, testCase, expected, actual, source.Lines);
        return new RuleCaseResult(file, testCase, problems.Count == 0, problems.Count == 0 ? string.Empty : Describe(rule, text, testCase, actual, problems));
    }

    private static List<string> Compare(RuleDescriptor rule, RuleCase testCase, IReadOnlyList<ExpectedFinding> expected, List<Finding> actual, LineMap lines)
    {
        var problems = new List<string>();
        var unmatched = new List<Finding>(actual);
        foreach (var want in expected)
        {
            var id = want.RuleId is null ? rule.Id : (actual.FirstOrDefault(f => f.Rule.Name.Equals(want.RuleId, StringComparison.OrdinalIgnoreCase))?.RuleId ?? want.RuleId);
            var found = unmatched.FirstOrDefault(f => f.RuleId.Equals(id, StringComparison.OrdinalIgnoreCase) && f.Span == want.Span);
            if (found is null)
            {
                problems.Add($"missing: {id} at {lines.GetPosition(want.Span.Start)} (length {want.Span.Length})");
                continue;
            }

            unmatched.Remove(found);
            if (want.MessageIndex is { } index && testCase.Messages.TryGetValue(index, out var message) && message != found.Message)
            {
                problems.Add($"message #{index}: expected \"{message}\", found \"{found.Message}\"");
            }
        }

        problems.AddRange(unmatched.Select(f => $"unexpected: {f.RuleId} at {f.Position.Start} (length {f.Span.Length}): {f.Message}"));
        return problems;
    }

    private static string Describe(RuleDescriptor rule, string text, RuleCase testCase, List<Finding> actual, List<string> problems)
    {
        var report = new StringBuilder();
        report.AppendLine("expected:").AppendLine(Indent(testCase.Markup.TrimEnd()));
        var rendered = MarkupParser.Render(text, actual.Select(f => (f.Rule == rule ? string.Empty : f.RuleId, f.Span)));
        report.AppendLine("actual:").AppendLine(Indent(rendered.TrimEnd()));
        foreach (var problem in problems)
        {
            report.Append("  - ").AppendLine(problem);
        }

        return report.ToString().TrimEnd();
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(l => "    " + l));

    private (LintConfiguration Configuration, string? Problem) Configure(string? yaml, string root)
    {
        var defaults = LintConfiguration.CreateDefault(root);
        if (yaml is null)
        {
            return (defaults, null);
        }

        var loaded = ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", yaml), root, new Linter(defaults, shipped).Catalog);
        var errors = loaded.Diagnostics.Where(d => d.Rule.DefaultSeverity == Severity.Error).Select(d => d.Message).ToList();
        return (loaded.Configuration, errors.Count == 0 ? null : "invalid case configuration: " + string.Join("; ", errors));
    }
}
