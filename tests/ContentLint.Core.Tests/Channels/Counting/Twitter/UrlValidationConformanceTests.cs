using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Tests.Conformance;

namespace ContentLint.Core.Tests.Channels.Counting.Twitter;

/// <summary>validate.yml's <c>urls</c> and <c>urls_without_protocol</c> sections (twitter-text's isValidUrl).</summary>
public sealed class UrlValidationConformanceTests
{
    public static TheoryData<string, string, int, string> Cases =>
        TwitterTextConformance.Rows("validate.yml", "urls", "urls_without_protocol");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validates_urls(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var actual = TwitterUrlValidator.IsValid(testCase.Text, requireProtocol: section == "urls");
        Assert.True(bool.Parse(testCase.Scalar) == actual, $"{description}: expected {testCase.Scalar}");
    }
}
