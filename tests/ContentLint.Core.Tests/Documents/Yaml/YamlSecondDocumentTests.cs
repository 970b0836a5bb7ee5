using ContentLint.Core.Documents.Yaml;

namespace ContentLint.Core.Tests.Documents.Yaml;

/// <summary>Every reader takes a file's first YAML document: a second one must be reported, not skipped.</summary>
public sealed class YamlSecondDocumentTests
{
    [Theory]
    [InlineData("posts:\n  - id: a\n    text: hi\n---\nposts:\n  - id: b\n    text: Aurora\n")]
    [InlineData("confidential: {terms: [Aurora]}\n---\nconfidential: {clients: [Globex]}\n")]
    [InlineData("--- \nposts: []\n--- \nposts: []\n")]
    public void A_second_document_with_content_is_an_error_at_its_marker(string yaml)
    {
        Assert.Null(YamlLoader.Load(yaml, out var error));
        Assert.Equal(yaml.IndexOf("\n---", 1, StringComparison.Ordinal) + 1, error.Span.Start);
        Assert.Contains("second YAML document", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("posts: []\n")]
    [InlineData("---\nposts: []\n")]
    [InlineData("posts: []\n---\n")]
    [InlineData("posts: []\n...\n")]
    public void One_document_with_or_without_markers_loads(string yaml)
    {
        Assert.NotNull(YamlLoader.Load(yaml, out _));
    }
}
