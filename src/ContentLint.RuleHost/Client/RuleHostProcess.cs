using System.Diagnostics;
using ContentLint.RuleHost.Protocol;
using StreamJsonRpc;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// One running rule host: the child process and the RPC connection over its stdin/stdout. Its
/// standard error (a crash's last words) is read and dropped so the child can never block on it;
/// the parent's findings say what happened from the exit code alone.
/// </summary>
internal sealed class RuleHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly JsonRpc _rpc;

    private RuleHostProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _rpc = new JsonRpc(new LengthHeaderMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, Wire.Formatter()));
        Proxy = _rpc.Attach<IRuleHost>();
        _rpc.StartListening();
    }

    /// <summary>The host's methods.</summary>
    public IRuleHost Proxy { get; }

    /// <summary>True once the process has ended (or was killed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts a host with <paramref name="command"/>.</summary>
    public static RuleHostProcess Start(RuleHostCommand command) =>
        new(Process.Start(command.StartInfo()) ?? throw new InvalidOperationException($"{command.FileName} did not start."));

    /// <summary>Waits for <paramref name="call"/> until <paramref name="deadline"/>; a host that does not answer is killed.</summary>
    public (T? Value, HostFailure? Failure) Await<T>(Task<T> call, TimeSpan deadline, CancellationToken cancellationToken)
    {
        try
        {
            if (call.Wait(deadline, cancellationToken))
            {
                return (call.Result, null);
            }

            Kill();
            return (default, new HostFailure(HostFailureKind.TimedOut, $"no answer within {deadline.TotalSeconds:0.#} s"));
        }
        catch (AggregateException ex) when (ex.InnerException is RemoteInvocationException remote && !HasExited)
        {
            return (default, new HostFailure(HostFailureKind.Failed, remote.Message));
        }
        catch (AggregateException)
        {
            return (default, new HostFailure(HostFailureKind.Crashed, ExitDescription()));
        }
    }

    /// <summary>Ends the process and everything it started.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Closes the pipe (the host then exits by itself) and releases the process.</summary>
    public void Dispose()
    {
        _rpc.Dispose();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(2)))
        {
            Kill();
        }

        _process.Dispose();
    }

    private string ExitDescription()
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            Kill();
            return "the rule host process lost its pipe and was stopped";
        }

        return _process.ExitCode switch
        {
            134 => "the rule host process was aborted (exit code 134: a stack overflow, an exception on another thread or out of memory)",
            var code => $"the rule host process stopped (exit code {code})",
        };
    }
}
