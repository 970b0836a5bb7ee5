using ContentLint.Core.Documents.Markdown;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.TestKit.Fuzzing;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Fuzzing;

/// <summary>
/// Time-boxed fuzzing (see <see cref="FuzzRun"/>) of the parsers, the configuration loader and the whole
/// check of a file, with hostile Markdown, YAML and bytes. The YAML classes that need the YAML loader's
/// own limits are in <see cref="YamlHostileFuzzTests"/>.
/// </summary>
public sealed class ContentFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Markdown_post_parser() =>
        Assert.True(FuzzRun.Run("MarkdownPostParser", HostileMarkdown.Post, text => MarkdownPostParser.Parse(new(text.Length % 2 == 0 ? "post.md" : "p.md", text), Lint.DefaultConfig), output) > 0, "no fuzz input ran");

    [Fact]
    public void Calendar_parser() =>
        Assert.True(FuzzRun.Run("YamlCalendarParser", HostileYaml.Calendar, text => YamlCalendarParser.Parse(new("cal.posts.yaml", text), Lint.DefaultConfig), output) > 0, "no fuzz input ran");

    [Fact]
    public void Configuration_loader() =>
        Assert.True(FuzzRun.Run("ConfigurationLoader", HostileYaml.Configuration, FuzzCheck.LoadConfiguration, output) > 0, "no fuzz input ran");

    [Fact]
    public void Check_of_a_markdown_post() =>
        Assert.True(FuzzRun.Run("check post.md", Gen.OneOf(HostileMarkdown.Post, HostileYaml.FrontMatterPost), text => FuzzCheck.LintText("post.md", text), output) > 0, "no fuzz input ran");

    [Fact]
    public void Check_of_a_calendar() =>
        Assert.True(FuzzRun.Run("check cal.posts.yaml", HostileYaml.Calendar, text => FuzzCheck.LintText("cal.posts.yaml", text), output) > 0, "no fuzz input ran");

    [Fact]
    public void Check_of_badly_encoded_files() =>
        Assert.True(FuzzRun.Run("check bytes", HostileBytes.File(HostileMarkdown.Post), bytes => FuzzCheck.LintBytes("post.md", bytes), output) > 0, "no fuzz input ran");
}
