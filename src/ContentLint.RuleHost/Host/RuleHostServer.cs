using ContentLint.Core.Rules;
using ContentLint.Core.Scripting;
using ContentLint.RuleHost.Protocol;
using StreamJsonRpc;

namespace ContentLint.RuleHost.Host;

/// <summary>
/// The hidden <c>contentlint rule-host</c> command: serves <see cref="IRuleHost"/> on stdin/stdout
/// until the parent closes the pipe. Standard output belongs to the protocol, so the console's
/// writer is pointed at standard error before anything can write to it.
/// </summary>
public static class RuleHostServer
{
    /// <summary>The command's name (the parent starts the same executable with it).</summary>
    public const string CommandName = "rule-host";

    /// <summary>Serves the parent until it goes away; returns the exit code.</summary>
    /// <param name="settings">How scripts are compiled and cached.</param>
    public static async Task<int> RunAsync(ScriptSettings settings)
    {
        var output = Console.OpenStandardOutput();
        var input = Console.OpenStandardInput();
        Console.SetOut(Console.Error);
        using var rpc = new JsonRpc(new LengthHeaderMessageHandler(output, input, Wire.Formatter()));
        rpc.AddLocalRpcTarget<IRuleHost>(new RuleHostService(settings), null);
        rpc.StartListening();
        await rpc.Completion.ConfigureAwait(false);
        return 0;
    }
}
