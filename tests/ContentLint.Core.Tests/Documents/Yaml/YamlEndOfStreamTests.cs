using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Documents.Yaml;

/// <summary>
/// YamlDotNet marks the empty document after a final <c>---</c> one character past the end of the text
/// (found by the fuzzer: <c>---\u0085</c>); every span stays inside the file.
/// </summary>
public sealed class YamlEndOfStreamTests
{
    [Theory]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\u0085")]
    [InlineData("---\r\n")]
    public void A_calendar_that_is_only_a_document_marker_is_checked(string text)
    {
        var result = Lint.Text("cal.posts.yaml", text);

        Assert.All(result.Findings, f => Assert.InRange(f.Span.End, f.Span.Start, text.Length));
    }

    [Theory]
    [InlineData("---")]
    [InlineData("---\n")]
    public void A_configuration_that_is_only_a_document_marker_loads(string text)
    {
        var result = ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", text), Path.GetTempPath(), new Core.Engine.Linter(Lint.DefaultConfig, Pack.BuiltInRules.Shipped).Catalog);

        Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.End, d.Span.Start, text.Length));
    }
}
