using System.Diagnostics;
using ContentLint.RuleHost.Host;

namespace ContentLint.RuleHost.Client;

/// <summary>How to start the rule host: the running <c>contentlint</c> again, with the hidden command.</summary>
/// <param name="FileName">The executable.</param>
/// <param name="Arguments">Its arguments.</param>
public sealed record RuleHostCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The name of the CLI's assembly, beside this one in every build output that can start a host.</summary>
    public const string CliAssembly = "contentlint.dll";

    /// <summary>
    /// This process's executable with <c>rule-host</c>: the <c>contentlint</c> app host directly, or
    /// <c>dotnet contentlint.dll</c> when the CLI (or a test host beside it) runs under the dotnet muxer.
    /// </summary>
    public static RuleHostCommand ThisExecutable()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown, so the rule host cannot be started.");
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? new RuleHostCommand(process, [Path.Combine(AppContext.BaseDirectory, CliAssembly), RuleHostServer.CommandName])
            : new RuleHostCommand(process, [RuleHostServer.CommandName]);
    }

    /// <summary>The start information: pipes on stdin/stdout/stderr, the heap limit, no crash dumps, the runtime knobs of a short-lived worker.</summary>
    internal ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo(FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + RuleHostLimits.HeapHardLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_EnableCrashReport"] = "0";
        foreach (var (name, value) in RuleHostLimits.RuntimeKnobs)
        {
            start.Environment[name] = value;
        }
        return start;
    }
}
