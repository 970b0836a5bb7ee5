using System.Reflection;
using ContentLint.LanguageServer.Handlers;
using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Tests.TestSupport;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary>Meta-tests: every handler is registered, and every advertised capability has its method.</summary>
public sealed class HandlerRegistryTests
{
    /// <summary>The method(s) a client calls for each capability the server may advertise.</summary>
    private static readonly Dictionary<string, string[]> MethodsOfCapability = new()
    {
        ["textDocumentSync"] = [LspMethods.DidOpen, LspMethods.DidChange, LspMethods.DidClose, LspMethods.DidSave],
        ["hoverProvider"] = [LspMethods.Hover],
        ["codeActionProvider"] = [LspMethods.CodeAction],
        ["completionProvider"] = [LspMethods.Completion],
        ["documentSymbolProvider"] = [LspMethods.DocumentSymbol],
        ["inlayHintProvider"] = [LspMethods.InlayHint],
        ["diagnosticProvider"] = [LspMethods.Diagnostic],
        ["experimental"] = [LspMethods.DocumentPostStats, LspMethods.Rules, LspMethods.ExplainRule, LspMethods.CheckWorkspace],
        ["positionEncoding"] = [],
    };

    private static IEnumerable<string> ExposedMethods =>
        HandlerRegistry.HandlerTypes.SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public))
            .Select(m => m.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name).OfType<string>();

    [Fact]
    public void Every_handler_in_the_assembly_is_registered_and_exposes_a_method()
    {
        var all = typeof(ILspHandler).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILspHandler).IsAssignableFrom(t));

        Assert.Equal(all.OrderBy(t => t.FullName), HandlerRegistry.HandlerTypes);
        foreach (var type in HandlerRegistry.HandlerTypes)
        {
            Assert.True(
                type.GetMethods().Any(m => m.GetCustomAttribute<JsonRpcMethodAttribute>() is not null),
                $"{type.Name} has no [JsonRpcMethod] method: give it one, or it is not a handler.");
            Assert.Equal("Handlers." + type.Name.Replace("Handler", string.Empty, StringComparison.Ordinal), type.Namespace![(type.Namespace!.IndexOf("Handlers.", StringComparison.Ordinal))..]);
        }
    }

    [Fact]
    public void No_two_handlers_claim_the_same_method()
    {
        var duplicates = ExposedMethods.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_advertised_capability_has_its_methods(bool pullClient)
    {
        await using var client = LspTestClient.Create();
        var capabilities = pullClient ? (object)new { textDocument = new { diagnostic = new { } } } : new { };
        var result = await client.InitializeAsync(capabilities, null);
        var exposed = ExposedMethods.ToHashSet();

        foreach (var capability in result.GetProperty("capabilities").EnumerateObject())
        {
            Assert.True(MethodsOfCapability.TryGetValue(capability.Name, out var methods), $"Capability {capability.Name} is advertised but this test does not know its methods: add it to MethodsOfCapability.");
            Assert.All(methods, m => Assert.Contains(m, exposed));
        }

        Assert.Equal(pullClient, result.GetProperty("capabilities").TryGetProperty("diagnosticProvider", out _));
    }

    [Fact]
    public async Task The_contentlint_requests_are_advertised_beside_post_stats()
    {
        await using var client = LspTestClient.Create();

        var experimental = (await client.InitializeAsync(null, null)).GetProperty("capabilities").GetProperty("experimental");

        Assert.Equal(
            [LspMethods.CheckWorkspace, LspMethods.ExplainRule, LspMethods.Preview, LspMethods.Rules],
            experimental.GetProperty("requests").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(LspMethods.DocumentPostStats, experimental.GetProperty("postStats").GetProperty("request").GetString());
    }

    [Fact]
    public async Task Methods_other_than_the_protocol_ones_are_not_exposed()
    {
        await using var client = await LspTestClient.StartAsync();

        await RpcAssert.ErrorAsync(-32601, () => client.RequestAsync("Contribute", new { }));
    }
}
