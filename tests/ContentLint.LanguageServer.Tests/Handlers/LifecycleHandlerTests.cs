using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class LifecycleHandlerTests
{
    [Fact]
    public async Task Initialize_declares_exactly_the_implemented_capabilities()
    {
        await using var client = LspTestClient.Create();
        var result = await client.InitializeAsync(new { }, new { debounceMs = 0 });

        var capabilities = result.GetProperty("capabilities").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(
            ["codeActionProvider", "completionProvider", "documentSymbolProvider", "experimental", "hoverProvider", "inlayHintProvider", "positionEncoding", "textDocumentSync"],
            capabilities);
        var sync = result.GetProperty("capabilities").GetProperty("textDocumentSync");
        Assert.Equal(2, sync.GetProperty("change").GetInt32());
        Assert.True(sync.GetProperty("openClose").GetBoolean());
        Assert.Equal("contentlint", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pull_diagnostics_are_declared_only_for_clients_that_pull()
    {
        await using var client = LspTestClient.Create();
        var result = await client.InitializeAsync(new { textDocument = new { diagnostic = new { dynamicRegistration = false } } }, null);

        var provider = result.GetProperty("capabilities").GetProperty("diagnosticProvider");
        Assert.Equal("contentlint", provider.GetProperty("identifier").GetString());
        Assert.False(provider.GetProperty("interFileDependencies").GetBoolean());
    }

    [Fact]
    public async Task Requests_before_initialize_fail_with_ServerNotInitialized()
    {
        await using var client = LspTestClient.Create();

        await RpcAssert.ErrorAsync(-32002, () => client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.md" }, position = new { line = 0, character = 0 } }));
        await client.InitializeAsync(null, null);
        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task Initialize_twice_is_an_invalid_request()
    {
        await using var client = await LspTestClient.StartAsync();

        await RpcAssert.ErrorAsync(-32600, () => client.RequestAsync("initialize", new { capabilities = new { } }));
        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_code_0()
    {
        await using var client = await LspTestClient.StartAsync();

        var result = await client.RequestAsync("shutdown", null);
        await RpcAssert.ErrorAsync(-32600, () => client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = "file:///a.md" } }));
        await client.NotifyAsync("exit", null);
        await client.Host.Completion.WaitAsync(NotificationListener.Timeout);

        Assert.Equal(JsonValueKind.Null, result.ValueKind);
        Assert.Equal(0, client.Host.ExitCode);
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_code_1()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync("exit", null);
        await client.Host.Completion.WaitAsync(NotificationListener.Timeout);

        Assert.Equal(1, client.Host.ExitCode);
    }

    [Fact]
    public async Task SetTrace_is_accepted_and_verbose_sends_the_log_to_the_client()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync("$/setTrace", new { value = "verbose" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { contentlint = new { debounceMs = 0 } } });

        await client.Listener.WaitAsync("window/logMessage", p => p.GetProperty("type").GetInt32() == 3);
        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task CancelRequest_cancels_the_named_request()
    {
        var rule = new WaitRule();
        // A long debounce keeps the scheduled check waiting: the pull request below lints by itself.
        await using var client = await LspTestClient.StartAsync(new { textDocument = new { diagnostic = new { } } }, new { debounceMs = 600_000 }, [rule]);
        const string uri = "file:///ws/wait.md";
        await client.OpenAsync(uri, "---\nchannel: x\n---\nWAIT here\n");
        using var cancellation = new CancellationTokenSource();

        var request = client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } }, cancellation.Token);
        await rule.Started.Task.WaitAsync(NotificationListener.Timeout);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await rule.Cancelled.Task.WaitAsync(NotificationListener.Timeout);
        await client.AssertAliveAsync();
    }
}
