using ContentLint.Core.Scripting;

namespace ContentLint.Core.Tests.Scripting;

public sealed class ScriptRuntimeTests
{
    [Fact]
    public void Checkpoints_do_nothing_outside_a_budget()
    {
        for (var i = 0; i < 1000; i++)
        {
            ScriptRuntime.Loop();
            ScriptRuntime.Enter();
            ScriptRuntime.Exit();
        }

        Assert.Equal(ScriptRuntime.DefaultRegexTimeout, ScriptRuntime.RegexTimeout);
    }

    [Fact]
    public void Loop_throws_once_the_time_is_up_and_keeps_throwing()
    {
        var budget = new ScriptBudget(TimeSpan.FromMilliseconds(20), long.MaxValue);
        var previous = ScriptRuntime.Begin(budget);
        try
        {
            Action spin = () =>
            {
                while (true)
                {
                    ScriptRuntime.Loop();
                }
            };
            var thrown = Assert.Throws<ScriptBudgetExceededException>(spin);
            Assert.Equal(ScriptBudgetKind.Time, thrown.Kind);
            Assert.Throws<ScriptBudgetExceededException>(() => ScriptRuntime.Loop());
            Assert.Equal(ScriptBudgetKind.Time, budget.Exceeded);
        }
        finally
        {
            ScriptRuntime.End(previous);
        }
    }

    [Fact]
    public void Enter_guards_the_call_depth_and_regex_timeouts_follow_the_budget()
    {
        var budget = new ScriptBudget(TimeSpan.FromSeconds(10), long.MaxValue);
        var previous = ScriptRuntime.Begin(budget);
        try
        {
            Assert.Equal(TimeSpan.FromSeconds(10), ScriptRuntime.RegexTimeout);
            Assert.True(ScriptRuntime.RemainingRegexTimeout <= TimeSpan.FromSeconds(10));
            Assert.Equal(TimeSpan.FromSeconds(1), ScriptRuntime.ClampRegexTimeout(TimeSpan.FromSeconds(1)));
            Assert.Equal(TimeSpan.FromSeconds(10), ScriptRuntime.ClampRegexTimeout(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout));
            var thrown = Assert.Throws<ScriptBudgetExceededException>(() => { for (var i = 0; i <= ScriptBudget.MaxDepth; i++) { ScriptRuntime.Enter(); } });
            Assert.Equal(ScriptBudgetKind.Recursion, thrown.Kind);
        }
        finally
        {
            ScriptRuntime.End(previous);
        }
    }
}
