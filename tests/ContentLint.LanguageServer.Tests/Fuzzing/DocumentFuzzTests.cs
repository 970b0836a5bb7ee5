using ContentLint.LanguageServer.Tests.TestSupport;
using ContentLint.TestKit.Fuzzing;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ContentLint.LanguageServer.Tests.Fuzzing;

/// <summary>
/// Time-boxed fuzzing (see <see cref="FuzzRun"/>) of the server's document handling: each hostile text is
/// opened, then replaced by another; the server publishes diagnostics inside the document for the
/// last version and still answers a request. The YAML classes bounded by the YAML loader are in
/// <see cref="YamlHostileDocumentFuzzTests"/>.
/// </summary>
public sealed class DocumentFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Open_and_change_hostile_documents()
    {
        await using var client = await LspTestClient.StartAsync();
        var documents =
            from post in Gen.OneOf(HostileMarkdown.Post, HostileYaml.FrontMatterPost)
            from calendar in HostileYaml.Calendar
            from isCalendar in Gen.Elements(true, false)
            select isCalendar ? ("cal.posts.yaml", calendar, post) : ("post.md", post, calendar);
        var count = 0;

        Assert.True(await FuzzRun.RunAsync("server didOpen/didChange", documents, input =>
            FuzzedDocument.OpenChangeAndAskAsync(client, $"file:///fuzz/{count++}/{input.Item1}", input.Item2, input.Item3), output) > 0, "no fuzz input ran");

        await client.AssertAliveAsync();
    }
}
