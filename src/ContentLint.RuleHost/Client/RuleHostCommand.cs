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

        // The host's standard output is the pipe to the parent: the JIT's diagnostics (DOTNET_JitDisasmSummary,
        // DOTNET_JitDisasm… set to study the parent) write there and corrupted it, and the check waited for an answer
        // that never parsed. They are meant for the process being studied; the host starts without them.
        foreach (var name in start.Environment.Keys.Where(IsJitDiagnostic).ToList())
        {
            start.Environment.Remove(name);
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

    /// <summary>A setting of the JIT (<c>DOTNET_Jit…</c>, or the older <c>COMPlus_Jit…</c>).</summary>
    internal static bool IsJitDiagnostic(string name) =>
        name.StartsWith("DOTNET_Jit", StringComparison.OrdinalIgnoreCase) || name.StartsWith("COMPlus_Jit", StringComparison.OrdinalIgnoreCase);
}
