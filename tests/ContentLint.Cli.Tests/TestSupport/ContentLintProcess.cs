using System.Diagnostics;

namespace ContentLint.Cli.Tests.TestSupport;

/// <summary>Runs the real <c>contentlint</c> executable (the built ContentLint.Cli) as a child process.</summary>
internal static class ContentLintProcess
{
    // Only a guard against a hang, not a performance limit (timings belong in bench/).
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static ProcessResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, new Dictionary<string, string?>(), null, args);

    public static ProcessResult RunWithInput(string workingDirectory, string? input, params string[] args) => RunWithInput(workingDirectory, new Dictionary<string, string?>(), input, args);

    /// <summary>Runs with extra environment variables (null removes one).</summary>
    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) => RunWithInput(workingDirectory, environment, null, args);

    /// <summary>Runs with extra environment variables and text on standard input.</summary>
    public static ProcessResult RunWithInput(string workingDirectory, IReadOnlyDictionary<string, string?> environment, string? input, params string[] args) =>
        RunProgram("dotnet", [Path.Combine(AppContext.BaseDirectory, "contentlint.dll"), .. args], workingDirectory, environment, input);

    /// <summary>
    /// How every test starts the real CLI: <c>dotnet contentlint.dll ARGS</c> with redirected streams, no
    /// colour, no debug or trace output, a test cache folder, and no locale from the machine.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args) =>
        StartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "contentlint.dll"), .. args], workingDirectory);

    /// <summary>Runs another program (an installed or published <c>contentlint</c>, <c>dotnet pack</c>) with the same environment.</summary>
    public static ProcessResult RunProgram(string program, string[] args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null, string? input = null)
    {
        var start = StartInfo(program, args, workingDirectory);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"contentlint {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        }

        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["CONTENTLINT_DEBUG"] = null;
        start.Environment["CONTENTLINT_TRACE"] = null;
        start.Environment["CONTENTLINT_CACHE_DIR"] = Path.Combine(Path.GetTempPath(), "contentlint-cli-tests-cache");
        // Messages follow the environment's locale; tests ask for one explicitly, so a French machine reads English by default.
        foreach (var variable in ContentLint.Core.Diagnostics.MessageLocale.EnvironmentVariables)
        {
            start.Environment[variable] = null;
        }

        return start;
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>True when nothing looks like a .NET stack trace or an unhandled exception.</summary>
    public bool HasNoStackTrace =>
        !(Stdout + Stderr).Contains("   at ", StringComparison.Ordinal) && !(Stdout + Stderr).Contains("Unhandled exception", StringComparison.Ordinal);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
