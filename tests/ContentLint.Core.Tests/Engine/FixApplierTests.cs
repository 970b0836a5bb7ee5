using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Engine;

public sealed class FixApplierTests
{
    private static Finding WithFix(params TextEdit[] edits) =>
        new(FieldRules.UnknownField, Severity.Error, "m", "a.md", edits[0].Span, default, [new CodeFix("fix", [.. edits])], null);

    [Fact]
    public void Non_overlapping_edits_are_all_applied()
    {
        var document = new SourceDocument("a.md", "one two three");

        var (text, applied) = FixApplier.Apply(document, [WithFix(new TextEdit(new TextSpan(0, 3), "1")), WithFix(new TextEdit(new TextSpan(8, 5), "3"))]);

        Assert.Equal("1 two 3", text);
        Assert.Equal(2, applied);
    }

    [Fact]
    public void Overlapping_edits_keep_the_first_and_skip_the_rest()
    {
        var document = new SourceDocument("a.md", "abcdef");

        var (text, applied) = FixApplier.Apply(document, [WithFix(new TextEdit(new TextSpan(0, 3), "X")), WithFix(new TextEdit(new TextSpan(2, 3), "Y")), WithFix(new TextEdit(new TextSpan(0, 0), "Z"))]);

        Assert.Equal("Xdef", text);
        Assert.Equal(1, applied);
    }

    [Fact]
    public void Identical_edits_from_several_findings_apply_once()
    {
        var document = new SourceDocument("a.md", "abc");
        var edit = new TextEdit(new TextSpan(1, 1), string.Empty);

        var (text, _) = FixApplier.Apply(document, [WithFix(edit), WithFix(edit)]);

        Assert.Equal("ac", text);
    }

    [Fact]
    public void Inserted_line_breaks_follow_the_file()
    {
        var document = new SourceDocument("a.md", "a\r\nb\r\n");

        var (text, _) = FixApplier.Apply(document, [WithFix(new TextEdit(new TextSpan(1, 0), "\nx"))]);

        Assert.Equal("a\r\nx\r\nb\r\n", text);
    }

    [Fact]
    public void Findings_without_fixes_change_nothing()
    {
        var document = new SourceDocument("a.md", "abc");
        var finding = WithFix(new TextEdit(default, "x")) with { Fixes = ImmutableArray<CodeFix>.Empty };

        Assert.Equal(("abc", 0), FixApplier.Apply(document, [finding]));
    }
}
