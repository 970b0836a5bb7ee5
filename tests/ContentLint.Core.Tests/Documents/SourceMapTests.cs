using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents;

public sealed class SourceMapTests
{
    // Source: say "caf\u00e9" now  →  text: say café now
    private const string Source = "say \"caf\\u00e9\" now";

    private static MappedText Build()
    {
        var builder = new MappedTextBuilder(Source);
        builder.AppendVerbatim(0, 4);                                 // "say "
        builder.AppendVerbatim(5, 3);                                 // "caf"
        builder.AppendSynthetic("é", new TextSpan(8, 6));            // \u00e9
        builder.AppendVerbatim(15, 4);                                // " now"
        return builder.Build(VerbatimEncoder.Instance);
    }

    [Fact]
    public void Verbatim_runs_map_character_for_character()
    {
        var text = Build();

        Assert.Equal("say café now", text.Text);
        Assert.Equal(new TextSpan(16, 3), text.Map.MapSpan(new TextSpan(9, 3)));
        Assert.Equal("now", Source.Substring(16, 3));
    }

    [Fact]
    public void A_span_ending_in_a_synthetic_run_covers_the_whole_escape()
    {
        var text = Build();
        var word = text.Map.MapSpan(new TextSpan(4, 4)); // café

        Assert.Equal("caf\\u00e9", Source.Substring(word.Start, word.Length));
    }

    [Fact]
    public void Edits_may_replace_whole_synthetic_runs_but_not_cut_them()
    {
        var text = Build();

        Assert.True(text.Map.TryMapEditSpan(new TextSpan(4, 4), out var whole));
        Assert.Equal(new TextSpan(5, 9), whole);
        Assert.True(text.Map.TryMapEditSpan(new TextSpan(12, 0), out var atEnd));
        Assert.Equal(new TextSpan(19, 0), atEnd);
    }

    [Fact]
    public void A_multi_character_synthetic_run_cannot_be_cut()
    {
        var builder = new MappedTextBuilder("a](b");
        builder.AppendVerbatim(0, 1).AppendSynthetic("  ", new TextSpan(1, 2)).AppendVerbatim(3, 1);
        var text = builder.Build(null);

        Assert.False(text.Map.TryMapEditSpan(new TextSpan(2, 1), out _));
        Assert.True(text.Map.TryMapEditSpan(new TextSpan(1, 2), out var both));
        Assert.Equal(new TextSpan(1, 2), both);
    }

    [Fact]
    public void Adjacent_verbatim_appends_merge_into_one_run()
    {
        var text = new MappedTextBuilder("abcdef").AppendVerbatim(0, 2).AppendVerbatim(2, 2).Build(null);

        Assert.Single(text.Map.Runs);
    }

    [Fact]
    public void TrimEnd_drops_trailing_blank_runs_and_regions()
    {
        var builder = new MappedTextBuilder("code  \n");
        builder.AppendVerbatim(0, 4).MarkRegion(TextRegionKind.Code, 0);
        builder.AppendVerbatim(4, 3).TrimEnd();
        var text = builder.Build(null);

        Assert.Equal("code", text.Text);
        Assert.Equal(new TextSpan(0, 4), Assert.Single(text.Regions).Span);
    }
}
