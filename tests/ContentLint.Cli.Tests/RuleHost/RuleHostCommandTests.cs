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
}
