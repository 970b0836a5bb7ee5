using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;
using ContentLint.LanguageServer.Analysis;

namespace ContentLint.LanguageServer.Tests.Analysis;

/// <summary>Findings on the same characters that say the same thing are one row in the editor.</summary>
public sealed class FindingRowsTests
{
    private static readonly RuleDescriptor Space = new("CL9911", "test-space", "Test rule.", RuleCategory.Typography, Severity.Warning, "Space before '?'", "Test.");
    private static readonly RuleDescriptor Other = new("CL9912", "test-other", "Test rule.", RuleCategory.Typography, Severity.Error, "Narrow space before '?'", "Test.");
    private static readonly RuleDescriptor Unrelated = new("CL9913", "test-unrelated", "Test rule.", RuleCategory.BrandVoice, Severity.Info, "Something else", "Test.");

    private static Finding At(RuleDescriptor rule, int start, string message, params CodeFix[] fixes) =>
        new(rule, rule.DefaultSeverity, message, "a.md", new TextSpan(start, 1), new LinePositionSpan(new LinePosition(3, start), new LinePosition(3, start + 1)), [.. fixes], "a");

    private static readonly CodeFix InsertSpace = new("Insert a narrow no-break space", ImmutableArray.Create(new TextEdit(new TextSpan(8, 0), "\u202F")));

    [Fact]
    public void Two_findings_with_the_same_fix_on_one_character_are_one_row_led_by_the_most_severe()
    {
        var rows = FindingRows.ToDiagnostics([At(Space, 8, "Space before '?'", InsertSpace), At(Other, 8, "Narrow space before '?'", InsertSpace)], "en");

        var row = Assert.Single(rows);
        Assert.Equal("CL9912", row.Code);
        Assert.Equal(1, row.Severity);
        Assert.Equal("Narrow space before '?' (also CL9911)", row.Message);
    }

    [Fact]
    public void The_same_message_on_the_same_character_is_one_row_in_french_too()
    {
        var row = Assert.Single(FindingRows.ToDiagnostics([At(Space, 8, "Same"), At(Unrelated, 8, "Same")], "fr"));

        Assert.EndsWith("(aussi CL9913)", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_saying_different_things_or_on_other_characters_stay_apart()
    {
        var rows = FindingRows.ToDiagnostics([At(Space, 8, "Space before '?'", InsertSpace), At(Unrelated, 8, "Something else"), At(Other, 9, "Narrow space before '?'", InsertSpace)], "en");

        Assert.Equal(["CL9911", "CL9913", "CL9912"], rows.Select(r => r.Code));
        Assert.All(rows, r => Assert.DoesNotContain("also", r.Message, StringComparison.Ordinal));
    }
}
