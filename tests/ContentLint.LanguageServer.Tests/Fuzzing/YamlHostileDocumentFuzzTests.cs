using ContentLint.LanguageServer.Tests.TestSupport;
using ContentLint.TestKit.Fuzzing;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ContentLint.LanguageServer.Tests.Fuzzing;

/// <summary>
/// The server's document handling fuzzed with the YAML classes bounded by the YAML loader (alias
/// cycles, billion laughs, deep block and flow nesting, non-scalar keys) in posts and calendars.
/// </summary>
public sealed class YamlHostileDocumentFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Open_and_change_documents_with_hostile_yaml()
    {
        await using var client = await LspTestClient.StartAsync();
        var documents = HostileYaml.AliasAndNestingFiles.Where(file => file.Path != "contentlint.yaml");
        var count = 0;

        Assert.True(await FuzzRun.RunAsync("server hostile YAML", documents, file =>
            FuzzedDocument.OpenChangeAndAskAsync(client, $"file:///fuzz/{count++}/{file.Path}", "---\nchannel: x\n---\nHi\n", file.Text), output) > 0, "no fuzz input ran");

        await client.AssertAliveAsync();
    }
}
