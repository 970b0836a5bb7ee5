using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Tests.Conformance;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Tests.Channels.Counting.Twitter;

/// <summary>Every URL case of extract.yml and tlds.yml: what twitter-text counts as a URL.</summary>
public sealed class UrlExtractionConformanceTests
{
    public static TheoryData<string, string, int, string> UrlCases =>
        TwitterTextConformance.Rows("extract.yml", "urls", "tco_urls_with_params");

    public static TheoryData<string, string, int, string> UrlWithIndicesCases =>
        TwitterTextConformance.Rows("extract.yml", "urls_with_indices", "urls_with_directional_markers");

    public static TheoryData<string, string, int, string> TldCases =>
        TwitterTextConformance.Rows("tlds.yml", "country", "generic");

    [Theory]
    [MemberData(nameof(UrlCases))]
    [MemberData(nameof(TldCases))]
    public void Extracts_the_expected_urls(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var actual = TwitterUrlExtractor.Extract(testCase.Text).Select(s => testCase.Text[s.Start..s.End]).ToList();
        Assert.True(testCase.Strings.SequenceEqual(actual), $"{description}: expected [{string.Join(", ", testCase.Strings)}] but got [{string.Join(", ", actual)}]");
    }

    [Theory]
    [MemberData(nameof(UrlWithIndicesCases))]
    public void Extracts_the_expected_urls_with_indices(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var expected = testCase.Mappings.Select(m => Describe(m)).ToList();
        var actual = TwitterUrlExtractor.Extract(testCase.Text).Select(s => $"{testCase.Text[s.Start..s.End]}@{s.Start}-{s.End}").ToList();
        Assert.True(expected.SequenceEqual(actual), $"{description}: expected [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]");
    }

    private static string Describe(YamlMappingNode node)
    {
        var url = ((YamlScalarNode)node.Children[new YamlScalarNode("url")]).Value;
        var indices = ((YamlSequenceNode)node.Children[new YamlScalarNode("indices")]).Children.Cast<YamlScalarNode>().Select(n => n.Value).ToList();
        return $"{url}@{indices[0]}-{indices[1]}";
    }
}
