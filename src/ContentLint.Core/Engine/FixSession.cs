using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Engine;

/// <summary>
/// Applies fixes until none is left (at most <see cref="MaxPasses"/> passes), re-checking after each
/// pass. A pass whose result no longer parses is undone and its fixes are tried one at a time, so a
/// fix never leaves a file that parsed broken.
/// </summary>
public static class FixSession
{
    /// <summary>Passes before giving up on fixes that keep producing new fixable findings.</summary>
    public const int MaxPasses = 10;

    /// <summary>The fixed text, the final result on it, and how many fixes were applied.</summary>
    public static (SourceDocument Document, FileLintResult Result, int Applied) Run(Linter linter, SourceDocument document, FileLintResult result, CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var (next, nextResult, applied) = ApplyPass(linter, document, result, cancellationToken);
            if (applied == 0)
            {
                break;
            }

            (document, result, total) = (next, nextResult, total + applied);
        }

        return (document, result, total);
    }

    private static (SourceDocument, FileLintResult, int) ApplyPass(Linter linter, SourceDocument document, FileLintResult result, CancellationToken cancellationToken)
    {
        var (text, applied) = FixApplier.Apply(document, result.Findings);
        if (applied == 0 || text == document.Text)
        {
            return (document, result, 0);
        }

        var candidate = document.WithText(text);
        var candidateResult = linter.Lint(candidate, cancellationToken);
        if (BreakErrors(candidateResult) <= BreakErrors(result))
        {
            return (candidate, candidateResult, applied);
        }

        // Some fix broke the file (e.g. a rename that creates a duplicate key): keep only fixes that are safe alone.
        foreach (var finding in result.Findings.Where(f => !f.Fixes.IsEmpty))
        {
            var (oneText, one) = FixApplier.Apply(document, [finding]);
            if (one == 0)
            {
                continue;
            }

            var oneResult = linter.Lint(document.WithText(oneText), cancellationToken);
            if (BreakErrors(oneResult) <= BreakErrors(result))
            {
                return (document.WithText(oneText), oneResult, 1);
            }
        }

        return (document, result, 0);
    }

    /// <summary>Findings that mean the file no longer parses (rules that cannot be configured away).</summary>
    private static int BreakErrors(FileLintResult result) =>
        result.Findings.Count(f => !f.Rule.IsConfigurable && f.Severity == Severity.Error);
}
