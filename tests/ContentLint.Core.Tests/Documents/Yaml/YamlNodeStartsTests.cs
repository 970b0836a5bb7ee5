using ContentLint.Core.Documents.Yaml;

namespace ContentLint.Core.Tests.Documents.Yaml;

public sealed class YamlNodeStartsTests
{
    [Fact]
    public void The_furthest_end_covers_every_node_starting_in_the_range_and_aliases_add_nothing()
    {
        const string yaml = "a: &x [1, 2]\nb: *x\ntext: |\n  one\n  two\nlast: 1\n";
        var nodes = new YamlNodeStarts(yaml, YamlLoader.Load(yaml, out _)!, yaml);
        var textLine = yaml.IndexOf("text", StringComparison.Ordinal);
        var aliasLine = yaml.IndexOf("b:", StringComparison.Ordinal);

        Assert.Equal(yaml.IndexOf("two", StringComparison.Ordinal) + 3, nodes.FurthestEnd(textLine, textLine + 7, textLine + 7));
        Assert.Equal(aliasLine + 5, nodes.FurthestEnd(aliasLine, aliasLine + 5, aliasLine + 5));
        Assert.Equal(yaml.Length - 1, nodes.FurthestEnd(yaml.IndexOf("last", StringComparison.Ordinal), yaml.Length, 0));
    }
}
