using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Engine;

/// <summary>
/// Applies fixes until none is left (at most <see cref="MaxPasses"/> passes), re-checking after each
/// pass. A pass whose result no longer parses is undone and its fixes are tried one at a time, so a
/// fix never leaves a file that parsed broken. Fixes that never settle (the text comes back to an
/// earlier version, or is still being rewritten after the last pass) are found, their rules'
/// fixes are left out, the session starts again from the original text, and each such case is
/// reported once (CL0053): a second run then changes nothing.
/// </summary>
public static class FixSession
{
    /// <summary>Passes before giving up on fixes that keep producing new fixable findings.</summary>
    public const int MaxPasses = 10;

    /// <summary>Fixes <paramref name="document"/>, whose check is <paramref name="result"/>.</summary>
    public static FixOutcome Run(Linter linter, SourceDocument document, FileLintResult result, CancellationToken cancellationToken = default)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<(IReadOnlyCollection<string> Rules, string Problem)>();
        while (true)
        {
            var attempt = Attempt(linter, document, result, excluded, cancellationToken);
            if (attempt.Offenders is not { } offenders)
            {
                return Outcome(linter, attempt.Document, attempt.Result, attempt.Applied, problems, cancellationToken);
            }

            // Each round leaves out at least one more rule, so this ends.
            excluded.UnionWith(offenders.Rules);
            problems.Add(offenders);
        }
    }

    private static (SourceDocument Document, FileLintResult Result, int Applied, (IReadOnlyCollection<string> Rules, string Problem)? Offenders) Attempt(
        Linter linter, SourceDocument document, FileLintResult result, HashSet<string> excluded, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal) { [Fingerprint(document.Text)] = 0 };
        var rulesByPass = new List<string[]>();
        var total = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var (next, nextResult, applied) = ApplyPass(linter, document, result, excluded, cancellationToken);
            if (applied.Count == 0)
            {
                return (document, result, total, null);
            }

            rulesByPass.Add([.. applied.Select(f => f.RuleId).Distinct()]);
            if (seen.TryGetValue(Fingerprint(next.Text), out var earlier))
            {
                var rules = Rules(rulesByPass.Skip(earlier));
                return (document, result, total, (rules, $"The fixes of {string.Join(", ", rules)} undo each other: after {pass + 1 - earlier} passes the text was back to an earlier version. They were not applied"));
            }

            seen[Fingerprint(next.Text)] = pass + 1;
            (document, result, total) = (next, nextResult, total + applied.Count);
        }

        var unsettled = Rules([rulesByPass[^1].Where(id => Fixable(result, excluded).Any(f => f.RuleId == id)).ToArray()]);
        return unsettled.Count == 0
            ? (document, result, total, null)
            : (document, result, total, (unsettled, $"The fixes of {string.Join(", ", unsettled)} still rewrote the text after {MaxPasses} passes: they never settle. They were not applied"));
    }

    private static (SourceDocument, FileLintResult, IReadOnlyList<Finding>) ApplyPass(Linter linter, SourceDocument document, FileLintResult result, HashSet<string> excluded, CancellationToken cancellationToken)
    {
        var fixable = Fixable(result, excluded).ToList();
        var (text, applied) = FixApplier.ApplyFindings(document, fixable);
        if (applied.Count == 0 || text == document.Text)
        {
            return (document, result, []);
        }

        var candidate = document.WithText(text);
        var candidateResult = linter.Lint(candidate, cancellationToken);
        if (BreakErrors(candidateResult) <= BreakErrors(result))
        {
            return (candidate, candidateResult, applied);
        }

        // Some fix broke the file (e.g. a rename that creates a duplicate key): keep only fixes that are safe alone.
        foreach (var finding in fixable)
        {
            var (oneText, one) = FixApplier.ApplyFindings(document, [finding]);
            if (one.Count == 0)
            {
                continue;
            }

            var oneResult = linter.Lint(document.WithText(oneText), cancellationToken);
            if (BreakErrors(oneResult) <= BreakErrors(result))
            {
                return (document.WithText(oneText), oneResult, one);
            }
        }

        return (document, result, []);
    }

    private static FixOutcome Outcome(Linter linter, SourceDocument document, FileLintResult result, int applied, List<(IReadOnlyCollection<string> Rules, string Problem)> problems, CancellationToken cancellationToken)
    {
        if (problems.Count == 0)
        {
            return new FixOutcome(document, result, applied, []);
        }

        // Each problem points at the first finding of its rules that is still in the text.
        ImmutableArray<Diagnostic> diagnostics = [.. problems.Select(p => Diagnostic.Create(
            RuleFileRules.SelfUndoingFixes,
            result.Findings.FirstOrDefault(f => p.Rules.Contains(f.RuleId))?.Span ?? default,
            ("problem", p.Problem)))];
        var analysis = linter.Analyze(document, cancellationToken);
        var withProblems = linter.Finish(analysis with { Diagnostics = [.. analysis.Diagnostics, .. diagnostics] });
        return new FixOutcome(document, withProblems, applied, diagnostics);
    }

    private static IEnumerable<Finding> Fixable(FileLintResult result, HashSet<string> excluded) =>
        result.Findings.Where(f => !f.Fixes.IsEmpty && !excluded.Contains(f.RuleId));

    private static List<string> Rules(IEnumerable<string[]> passes) =>
        [.. passes.SelectMany(p => p).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>A text's SHA-256, so that earlier versions need not be kept in memory.</summary>
    private static string Fingerprint(string text) =>
        Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())));

    /// <summary>Findings that mean the file no longer parses (rules that cannot be configured away).</summary>
    private static int BreakErrors(FileLintResult result) =>
        result.Findings.Count(f => !f.Rule.IsConfigurable && f.Severity == Severity.Error);
}
