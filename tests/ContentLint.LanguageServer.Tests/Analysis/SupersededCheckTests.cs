using System.Runtime.CompilerServices;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Analysis;

/// <summary>
/// Replacing or closing a long document stops its running check and lets its text go: the check
/// observes the cancellation, nothing of the old version is published, and after the close no
/// reference to the long text remains in the server (kept short so that the check reaches the probe
/// soon on a busy machine: the probe rule runs after the built-in ones).
/// </summary>
public sealed class SupersededCheckTests
{
    private const string Uri = "file:///superseded/long.md";

    [Fact]
    public async Task A_huge_document_replaced_then_closed_stops_its_check_and_is_let_go()
    {
        var probe = new ProbeRule();
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = await LspTestClient.StartAsync(extraRules: [probe], checkCancelled: (uri, version) =>
        {
            if (uri == Uri && version == 1)
            {
                cancelled.TrySetResult();
            }
        });

        await OpenHugeAsync(client);
        await probe.Started.Task.WaitAsync(NotificationListener.Timeout);

        var mark = client.Listener.Count;
        await client.ChangeAsync(Uri, 2, new { text = "---\nchannel: linkedin\n---\nAll good here.\n" });
        await cancelled.Task.WaitAsync(NotificationListener.Timeout);
        var published = await client.DiagnosticsAsync(Uri, version: 2, after: mark);

        Assert.DoesNotContain("CL2005", LspTestClient.Codes(published));
        Assert.DoesNotContain(client.Listener.Received, n => n.Method == "textDocument/publishDiagnostics" && n.Params.TryGetProperty("version", out var v) && v.GetInt32() == 1);

        var closed = client.Listener.Count;
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        var cleared = await client.DiagnosticsAsync(Uri, after: closed);
        Assert.Empty(cleared.GetProperty("diagnostics").EnumerateArray());

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(probe.HugeText.IsAlive, "The server still holds the closed document's text.");
    }

    // Not inlined: the text sent lives only in this frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task OpenHugeAsync(LspTestClient client) =>
        client.OpenAsync(Uri, LongPosts.Markdown(50_000).Replace("Line 0 ", "Line 0 PROBE ", StringComparison.Ordinal));

    /// <summary>
    /// On a text containing <c>PROBE</c>: keeps a weak reference to the server's copy of the file,
    /// says it started, and waits for the check to be cancelled.
    /// </summary>
    private sealed class ProbeRule : PostRule
    {
        private static readonly RuleDescriptor Rule = new("CL9902", "test-probe", "Test probe.", RuleCategory.Channels, Severity.Info, "Probed", "Holds a check.");

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public WeakReference HugeText { get; } = new(null);

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(PostRuleContext context)
        {
            if (!context.Document.Source.Text.Contains("PROBE", StringComparison.Ordinal))
            {
                return;
            }

            HugeText.Target = context.Document.Source.Text;
            Started.TrySetResult();
            context.CancellationToken.WaitHandle.WaitOne(NotificationListener.Timeout);
            context.CancellationToken.ThrowIfCancellationRequested();
        }
    }
}
