using System.Runtime.CompilerServices;
using ContentLint.Core.Scripting;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>Rules loaded from the same compiled script share one load context while either is alive (a reload loads only what changed).</summary>
public sealed class SharedAssemblyTests
{
    private static readonly string Script = ScriptHarness.Script("""Report(new TextSpan(0, 1), "shared");""");

    [Fact]
    public void A_second_load_of_an_unchanged_script_shares_the_first_ones_context_until_both_are_released()
    {
        using var harness = new ScriptHarness();
        var context = ShareThenReleaseBoth(harness);

        for (var i = 0; i < 10 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "the context was not unloaded after the last rule released it");
        Assert.Equal(1, harness.Loader.Compiled);
    }

    [Fact]
    public void Once_released_a_script_is_loaded_again_not_shared()
    {
        using var harness = new ScriptHarness();
        var first = harness.Load(Script);
        ((ScriptPostRule)first.Rule!).Dispose();

        var loaded = harness.Load(Script);
        var again = (ScriptPostRule)loaded.Rule!;

        Assert.False(again.Script.Shared);
        Assert.True(again.Script.FromCache);
        Assert.Equal("shared", Assert.Single(harness.Lint(loaded, ScriptHarness.Post("Hello")).Findings).Message);
        again.Dispose();
    }

    // Rules are only referenced in here, so that once it returns nothing but the weak reference holds the context.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ShareThenReleaseBoth(ScriptHarness harness)
    {
        var first = (ScriptPostRule)harness.Load(Script).Rule!;
        var second = harness.Load(Script);
        var secondRule = (ScriptPostRule)second.Rule!;
        Assert.False(first.Script.Shared);
        Assert.True(secondRule.Script.Shared);
        var context = first.Script.ContextReference;
        Assert.Same(context.Target, secondRule.Script.ContextReference.Target);

        first.Dispose();
        Assert.Equal("shared", Assert.Single(harness.Lint(second, ScriptHarness.Post("Hello")).Findings).Message);

        secondRule.Dispose();
        return context;
    }
}
