using System.Text;
using ContentLint.Core.Documents.Yaml;

namespace ContentLint.Core.Tests.Documents.Yaml;

/// <summary>
/// YAML built to take a parser down (alias cycles, "billion laughs", deep nesting, keys that are
/// lists or maps) is refused by <see cref="YamlLoader"/> with a message and the position of the
/// offending alias, key or nesting, and never reaches the representation model.
/// </summary>
public sealed class HostileYamlTests
{
    [Theory]
    [InlineData("l: &l [*l]", 1, 8)]
    [InlineData("m: &m {a: *m}", 1, 11)]
    [InlineData("a: &a\n  - x\n  - b: [y, *a]\n", 3, 12)]
    [InlineData("&k {*k : 1}", 1, 5)]
    public void An_alias_inside_the_node_it_names_is_a_cycle(string yaml, int line, int column)
    {
        var (message, at) = Refused(yaml);

        Assert.Contains("endless cycle", message, StringComparison.Ordinal);
        Assert.Equal((line, column), at);
    }

    [Fact]
    public void Billion_laughs_stops_at_the_alias_that_goes_over_the_limit()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        // a1..a4 add 9 × (10, 91, 820, 7381) nodes; a5's first alias adds 66,430 more: over 100,000 + 10 per node read.
        var (message, at) = Refused(yaml.ToString());

        Assert.Contains("billion laughs", message, StringComparison.Ordinal);
        Assert.Equal((6, 10), at);
    }

    [Fact]
    public void Aliases_in_proportion_to_the_text_are_accepted()
    {
        var yaml = new StringBuilder("defaults: &d {channel: x, persona: careers, type: promo, lang: en, thread: false}\nposts:\n");
        for (var i = 0; i < 20_000; i++)
        {
            yaml.Append($"  - {{<<: *d, id: p{i}, text: Hello}}\n");
        }

        Assert.NotNull(YamlLoader.Load(yaml.ToString(), out var error));
        Assert.Null(error.Message);
    }

    [Fact]
    public void Many_aliases_to_a_scalar_are_accepted_for_they_expand_to_no_more_than_they_read()
    {
        var yaml = "s: &s x\nk: [" + string.Join(", ", Enumerable.Repeat("*s", 500_000)) + "]\n";

        Assert.NotNull(YamlLoader.Load(yaml, out var error));
        Assert.Null(error.Message);
    }

    [Fact]
    public void Many_anchors_and_a_redefined_anchor_are_accepted()
    {
        var yaml = new StringBuilder("k: &a [ &a x, *a ]\nmany:\n");
        for (var i = 0; i < 100_000; i++)
        {
            yaml.Append($"  - &n{i} v\n");
        }

        Assert.NotNull(YamlLoader.Load(yaml.ToString(), out var error));
        Assert.Null(error.Message);
    }

    [Fact]
    public void Ten_thousand_compact_block_sequences_stop_where_the_document_reaches_level_65()
    {
        var (message, at) = Refused("k:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");

        Assert.Equal("nesting deeper than 64 levels", message);
        Assert.Equal((2, 127), at);
    }

    [Fact]
    public void Indented_block_sequences_stop_where_the_document_reaches_level_65()
    {
        var yaml = string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i) + "-\n"));

        var (message, at) = Refused(yaml);

        Assert.Equal("nesting deeper than 64 levels", message);
        Assert.Equal((65, 65), at);
    }

    [Fact]
    public void A_chain_of_aliases_that_nests_too_deep_stops_at_the_alias()
    {
        var yaml = new StringBuilder("a0: &a0 [x]\n");
        for (var i = 1; i < 1000; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}]\n");
        }

        // Under the root map and its own list, a63's alias would reach 2 + 63 levels.
        var (message, at) = Refused(yaml.ToString());

        Assert.Equal("alias '*a62' nests '&a62' deeper than 64 levels", message);
        Assert.Equal((64, 12), at);
    }

    [Theory]
    [InlineData("{[a]: 1, [b]: 2}", 1, 2, "a list")]
    [InlineData("? [a]\n: 1\n", 1, 3, "a list")]
    [InlineData("k:\n  {a: 1}: x\n", 2, 3, "a map")]
    [InlineData("s: &s [a]\n? *s\n: 1\n", 2, 3, "a list")]
    public void A_key_that_is_a_list_or_a_map_is_refused_at_the_key(string yaml, int line, int column, string kind)
    {
        var (message, at) = Refused(yaml);

        Assert.Equal($"a key must be text, not {kind}", message);
        Assert.Equal((line, column), at);
    }

    [Theory]
    [InlineData("k: {!!str a: 1, a: 2}", 1, 17)]
    [InlineData("a: 1\n\"a\": 2\n", 2, 1)]
    [InlineData("s: &s a\nk: {a: 1, *s : 2}\n", 2, 11)]
    public void Keys_with_the_same_text_are_duplicates_whatever_their_tag_or_quotes(string yaml, int line, int column)
    {
        var (message, at) = Refused(yaml);

        Assert.Equal("duplicate key 'a'", message);
        Assert.Equal((line, column), at);
    }

    [Fact]
    public void An_alias_to_no_anchor_is_reported_at_the_alias()
    {
        var (message, at) = Refused("channel: x\nk: *nope\n");

        Assert.Equal("alias '*nope' refers to no anchor '&nope' before it", message);
        Assert.Equal((2, 4), at);
    }

    [Fact]
    public void Anchors_do_not_carry_over_to_the_next_document()
    {
        var (message, at) = Refused("a: &a x\n---\nb: *a\n");

        Assert.Contains("refers to no anchor", message, StringComparison.Ordinal);
        Assert.Equal((3, 4), at);
    }

    private static (string Message, (int Line, int Column) At) Refused(string yaml)
    {
        Assert.Null(YamlLoader.Load(yaml, out var error));
        var before = yaml[..error.Span.Start];
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return (error.Message, (line, column));
    }
}
