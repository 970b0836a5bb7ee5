using ContentLint.RuleHost.Client;

namespace ContentLint.Cli.Tests.RuleHost;

/// <summary>How the host process is started: its limits and runtime settings, set over whatever the parent's environment holds.</summary>
public sealed class RuleHostCommandTests
{
    [Fact]
    public void The_host_starts_with_its_heap_limit_and_runtime_knobs()
    {
        var start = new RuleHostCommand("contentlint", ["rule-host"]).StartInfo();

        Assert.Equal("0x40000000", start.Environment["DOTNET_GCHeapHardLimit"]);
        Assert.Equal("0x3E8", start.Environment["DOTNET_TC_CallCountingDelayMs"]);
        Assert.Equal("0", start.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"]);
        Assert.Equal(["rule-host"], start.ArgumentList);
    }

    [Theory]
    [InlineData("DOTNET_JitDisasmSummary", true)]
    [InlineData("DOTNET_JitStdOutFile", true)]
    [InlineData("COMPlus_JitDisasm", true)]
    [InlineData("dotnet_jitdisasm", true)]
    [InlineData("DOTNET_TieredPGO", false)]
    [InlineData("DOTNET_GCHeapHardLimit", false)]
    public void Only_the_JIT_settings_are_left_out_of_the_host(string name, bool left) =>
        Assert.Equal(left, RuleHostCommand.IsJitDiagnostic(name));
}
