using System.Globalization;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Tests.Documents;

/// <summary>
/// Many changes in one <c>didChange</c> (a replace-all, a multi-cursor edit) give the text that
/// applying them one at a time gives, whether they come from the end (applied in one pass) or not.
/// </summary>
public sealed class TextChangeApplierTests
{
    private static readonly string Text = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"line {i} Aurora and Aurora\r\n"));

    [Fact]
    public void A_replace_all_sent_from_the_end_gives_the_text_of_the_changes_one_by_one()
    {
        var changes = Enumerable.Range(0, 2_000).Reverse()
            .SelectMany(line => Digits(line) is var d ? new[] { Change(line, 17 + d, line, 23 + d, "Borealis"), Change(line, 12 + d, line, 12 + d, "!") } : [])
            .ToList();

        var (text, problems) = TextChangeApplier.Apply(Text, changes);

        Assert.Empty(problems);
        Assert.Equal(OneByOne(Text, changes), text);
        Assert.Contains("line 1999 Aurora! and Borealis\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_in_text_order_still_apply_one_after_the_other()
    {
        var changes = new[] { Change(0, 0, 0, 4, "LINE"), Change(0, 0, 1, 0, string.Empty), Change(5, 2, 5, 2, "\n") };

        var (text, _) = TextChangeApplier.Apply(Text, changes);

        Assert.Equal(OneByOne(Text, changes), text);
    }

    [Fact]
    public void An_invalid_range_among_many_is_still_reported()
    {
        var changes = new[] { Change(9_999, 0, 9_999, 0, "x"), Change(0, 0, 0, 1, string.Empty) };

        var (_, problems) = TextChangeApplier.Apply(Text, changes);

        Assert.NotEmpty(problems);
    }

    private static int Digits(int line) => line.ToString(CultureInfo.InvariantCulture).Length;

    private static string OneByOne(string text, IEnumerable<TextDocumentContentChangeEvent> changes) =>
        changes.Aggregate(text, (current, change) => TextChangeApplier.Apply(current, [change]).Text);

    private static TextDocumentContentChangeEvent Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new(new LspRange(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), text);
}
