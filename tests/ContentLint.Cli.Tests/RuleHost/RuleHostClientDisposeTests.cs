using ContentLint.Cli.Tests.TestSupport;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.RuleHost.Client;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.Cli.Tests.RuleHost;

/// <summary>
/// A client disposed while a call still waits on its host (the end of a run, the language server
/// shutting down, with a run-level rule or a bisection in flight): the waiting call ends as cancelled
/// instead of using a released process, and no call after it starts another host.
/// </summary>
public sealed class RuleHostClientDisposeTests
{
    private const string Spin = "/*---\nid: ACME005\nname: spin\nseverity: warning\nmessage: \"{message}\"\n---*/\nwhile (true) { }\n";

    [Fact]
    public async Task Disposing_the_client_ends_a_waiting_call_as_cancelled_and_starts_no_other_host()
    {
        using var repo = new TempRepo();
        var config = repo.Write("contentlint.yaml", "scripts: {budgetMs: 120000}\n");
        var client = new RuleHostClient(RuleHostCommand.ThisExecutable());
        client.Configure(config);
        var (reply, failure) = client.Load(new ScriptFile(config, "rules/ACME005.spin.csx", Spin), "ACME005", warmUp: false);
        Assert.True(reply is { Loaded: true }, failure?.Detail);
        var document = PostDocumentParser.Parse(new SourceDocument("posts/a.md", "---\nchannel: x\n---\nHello.\n"), DocumentKind.MarkdownPost, LintConfiguration.CreateDefault(repo.Root));
        var batch = new PostBatch(config, document, [0], ["ACME005"]);
        var waiting = Task.Run(() => client.Call(config, batch.Rules, h => h.CheckAsync(batch), TimeSpan.FromMinutes(10), CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(1)); // Most likely in the host by now; if not, it starts after the dispose and is cancelled the same way.

        client.Dispose();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.ThrowsAny<OperationCanceledException>(() => client.Call(config, batch.Rules, h => h.CheckAsync(batch), TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(1, client.Starts);
        client.Dispose(); // Twice is harmless.
    }
}
