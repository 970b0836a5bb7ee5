using System.CommandLine;
using ContentLint.Pack;
using ContentLint.RuleHost.Host;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint rule-host</c> (hidden): the worker process that compiles and runs user script rules
/// for a parent <c>check</c> or <c>lsp</c>, over its standard input and output. Not for people.
/// </summary>
public static class HostProcessCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command(RuleHostServer.CommandName, "Run script rules for a parent contentlint process (internal).") { Hidden = true };
        command.SetAction((_, _) => ServeAsync());
        return command;
    }

    /// <summary>True when <paramref name="args"/> start a rule host, which is then served without building the command tree (every run with script rules starts one).</summary>
    public static bool Serves(string[] args) => args is [RuleHostServer.CommandName];

    /// <summary>Serves the parent until it closes the pipe.</summary>
    public static Task<int> ServeAsync() => RuleHostServer.RunAsync(BuiltInRules.ScriptSettings);
}
