using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Suppressions;

/// <summary>One rule named by one suppression comment (or every rule, when it names none), and the span it covers.</summary>
internal sealed class SuppressionEntry(SuppressionComment comment, RuleDescriptor? rule, int ruleIndex, TextSpan scope)
{
    public SuppressionComment Comment { get; } = comment;

    /// <summary>The rule, or null for "every rule".</summary>
    public RuleDescriptor? Rule { get; } = rule;

    public TextSpan Scope { get; set; } = scope;

    public bool Used { get; set; }

    public bool Covers(Diagnostic diagnostic)
    {
        if (Rule is not null && Rule != diagnostic.Rule)
        {
            return false;
        }

        var start = diagnostic.Span.Start;
        return Scope.Contains(start) || (Scope.IsEmpty && Scope.Start == start) || (Scope.End == start && diagnostic.Span.IsEmpty && !Scope.IsEmpty);
    }

    public Diagnostic ToUnusedDiagnostic(bool removeWholeComment)
    {
        var rules = Comment.Rules;
        var named = Rule is null ? "every rule" : $"{Rule.Id} ({Rule.Name})";
        var at = ruleIndex >= 0 ? rules[ruleIndex].Span : Comment.Span;
        var removeAll = removeWholeComment || rules.Length <= 1;
        var edit = removeAll
            ? new TextEdit(Comment.RemovalSpan, string.Empty)
            : new TextEdit(SuppressionCommentParser.RuleRemovalSpan(rules, ruleIndex), string.Empty);
        var title = removeAll ? "Remove the unused suppression" : $"Remove {rules[ruleIndex].Value} from the suppression";
        return Diagnostic.Create(SuppressionRules.UnusedSuppression, at, ("rule", named))
            .WithFix(new CodeFix(title, [edit]));
    }
}
