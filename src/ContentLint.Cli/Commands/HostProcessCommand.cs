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
        command.SetAction((_, _) => RuleHostServer.RunAsync(BuiltInRules.Shipped, BuiltInRules.ScriptSettings));
        return command;
    }
}
