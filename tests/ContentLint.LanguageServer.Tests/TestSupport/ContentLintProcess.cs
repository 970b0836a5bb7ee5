using System.Diagnostics;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>The real <c>contentlint lsp</c> (the CLI copied next to the tests), as an editor starts it.</summary>
internal sealed class ContentLintProcess : IDisposable
{
    private ContentLintProcess(Process process)
    {
        Process = process;
        Stderr = process.StandardError.ReadToEndAsync();
        Connection = new FramedJsonConnection(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
    }

    public Process Process { get; }

    public FramedJsonConnection Connection { get; }

    /// <summary>Everything the server writes on stderr, once it has exited.</summary>
    public Task<string> Stderr { get; }

    public static ContentLintProcess StartLsp(params string[] options) => StartLsp(new Dictionary<string, string?>(), options);

    /// <summary>Starts <c>contentlint lsp --stdio</c> with extra environment variables.</summary>
    public static ContentLintProcess StartLsp(IReadOnlyDictionary<string, string?> environment, params string[] options)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "contentlint.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new ContentLintProcess(Process.Start(start)!);
    }

    /// <summary>Runs another <c>contentlint</c> command to its end in <paramref name="workingDirectory"/>; returns its standard output.</summary>
    public static async Task<string> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "contentlint.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(FramedJsonConnection.Timeout);
        return output;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }
}
