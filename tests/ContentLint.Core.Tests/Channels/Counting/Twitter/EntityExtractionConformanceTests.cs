using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Tests.Conformance;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Tests.Channels.Counting.Twitter;

/// <summary>The hashtag and mention cases of extract.yml (the entities the rules count on X).</summary>
public sealed class EntityExtractionConformanceTests
{
    public static TheoryData<string, string, int, string> MentionCases => TwitterTextConformance.Rows("extract.yml", "mentions");

    public static TheoryData<string, string, int, string> MentionIndexCases =>
        TwitterTextConformance.Rows("extract.yml", "mentions_with_indices", "mentions_or_lists_with_indices");

    public static TheoryData<string, string, int, string> HashtagCases =>
        TwitterTextConformance.Rows("extract.yml", "hashtags", "hashtags_from_astral");

    public static TheoryData<string, string, int, string> HashtagIndexCases => TwitterTextConformance.Rows("extract.yml", "hashtags_with_indices");

    [Theory]
    [MemberData(nameof(MentionCases))]
    public void Extracts_mentions(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var actual = TwitterMentionExtractor.Extract(testCase.Text).Where(m => !m.IsList).Select(m => testCase.Text[(m.Start + 1)..m.ScreenNameEnd]).ToList();
        Assert.True(testCase.Strings.SequenceEqual(actual), $"{description}: expected [{string.Join(", ", testCase.Strings)}] got [{string.Join(", ", actual)}]");
    }

    [Theory]
    [MemberData(nameof(MentionIndexCases))]
    public void Extracts_mentions_with_indices(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var withLists = section == "mentions_or_lists_with_indices";
        var expected = testCase.Mappings.Select(m => $"{Value(m, "screen_name")}|{(withLists ? Value(m, "list_slug") : string.Empty)}@{Indices(m)}").ToList();
        var actual = TwitterMentionExtractor.Extract(testCase.Text)
            .Where(m => withLists || !m.IsList)
            .Select(m => $"{testCase.Text[(m.Start + 1)..m.ScreenNameEnd]}|{testCase.Text[m.ScreenNameEnd..m.End]}@{m.Start}-{m.End}")
            .ToList();
        Assert.True(expected.SequenceEqual(actual), $"{description}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
    }

    [Theory]
    [MemberData(nameof(HashtagCases))]
    public void Extracts_hashtags(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var actual = TwitterHashtagExtractor.Extract(testCase.Text).Select(s => testCase.Text[(s.Start + 1)..s.End]).ToList();
        Assert.True(testCase.Strings.SequenceEqual(actual), $"{description}: expected [{string.Join(", ", testCase.Strings)}] got [{string.Join(", ", actual)}]");
    }

    [Theory]
    [MemberData(nameof(HashtagIndexCases))]
    public void Extracts_hashtags_with_indices(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var expected = testCase.Mappings.Select(m => $"{Value(m, "hashtag")}@{Indices(m)}").ToList();
        var actual = TwitterHashtagExtractor.Extract(testCase.Text).Select(s => $"{testCase.Text[(s.Start + 1)..s.End]}@{s.Start}-{s.End}").ToList();
        Assert.True(expected.SequenceEqual(actual), $"{description}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
    }

    private static string Value(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? string.Empty;

    private static string Indices(YamlMappingNode node)
    {
        var indices = ((YamlSequenceNode)node.Children[new YamlScalarNode("indices")]).Children.Cast<YamlScalarNode>().Select(n => n.Value).ToList();
        return $"{indices[0]}-{indices[1]}";
    }
}
