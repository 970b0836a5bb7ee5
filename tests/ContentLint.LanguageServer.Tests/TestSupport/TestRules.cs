using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>
/// A rule that, on a post containing <c>WAIT</c>, blocks until its run is cancelled: tests use it to
/// hold a lint run at a known point without sleeping.
/// </summary>
internal sealed class WaitRule : PostRule
{
    public static RuleDescriptor Rule { get; } = new("CL9901", "test-wait", "Test rule that waits.", RuleCategory.Channels, Severity.Info, "Waited", "Waits for cancellation.");

    /// <summary>Completed when a run starts waiting.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when a waiting run was cancelled.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(PostRuleContext context)
    {
        if (!context.Post.Parts.Any(p => p.Text.Contains("WAIT", StringComparison.Ordinal)))
        {
            return;
        }

        Started.TrySetResult();
        if (context.CancellationToken.WaitHandle.WaitOne(NotificationListener.Timeout))
        {
            Cancelled.TrySetResult();
            context.CancellationToken.ThrowIfCancellationRequested();
        }
    }
}
