using System.Text;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Engine;

/// <summary>
/// Applies the first fix of each finding to a file's text. A fix whose edits overlap an edit already
/// accepted is skipped (its finding stays; a later pass may fix it); identical edits count once.
/// Line breaks in replacements take the file's line ending.
/// </summary>
public static class FixApplier
{
    /// <summary>The text after the fixes, and how many fixes were applied.</summary>
    public static (string Text, int Applied) Apply(SourceDocument document, IEnumerable<Finding> findings)
    {
        var (text, applied) = ApplyFindings(document, findings);
        return (text, applied.Count);
    }

    /// <summary>The text after the fixes, and the findings whose fix was applied (to tell which rules changed the text).</summary>
    public static (string Text, IReadOnlyList<Finding> Applied) ApplyFindings(SourceDocument document, IEnumerable<Finding> findings)
    {
        var accepted = new List<TextEdit>();
        var applied = new List<Finding>();
        foreach (var finding in findings.Where(f => !f.Fixes.IsEmpty).OrderBy(f => f.Fixes[0].Edits.Min(e => e.Span.Start)))
        {
            var edits = finding.Fixes[0].Edits.Where(e => !accepted.Contains(e)).ToList();
            if (edits.Count == 0)
            {
                continue;
            }

            if (edits.Any(e => accepted.Any(a => Conflicts(a, e))) || edits.Any(e => e.Span.End > document.Text.Length))
            {
                continue;
            }

            accepted.AddRange(edits);
            applied.Add(finding);
        }

        if (accepted.Count == 0)
        {
            return (document.Text, applied);
        }

        var text = document.Text;
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in accepted.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End))
        {
            result.Append(text, position, edit.Span.Start - position);
            result.Append(document.LineEnding == "\n" ? edit.NewText : edit.NewText.ReplaceLineEndings(document.LineEnding));
            position = edit.Span.End;
        }

        result.Append(text, position, text.Length - position);
        return (result.ToString(), applied);
    }

    /// <summary>Two edits conflict when their spans overlap, or both insert at the same point (order would be a guess).</summary>
    private static bool Conflicts(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span)
        || (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty))
        || (a.Span.Start < b.Span.End && b.Span.Start < a.Span.End);
}
