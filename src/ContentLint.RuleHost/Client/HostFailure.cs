namespace ContentLint.RuleHost.Client;

/// <summary>Why a call to the rule host gave no answer.</summary>
public enum HostFailureKind
{
    /// <summary>The host process ended (a stack overflow, an exception on another thread, out of memory): CL0030.</summary>
    Crashed,

    /// <summary>The host did not answer before the watchdog's deadline and was killed: CL0034.</summary>
    TimedOut,

    /// <summary>The host answered with an error, or could not be started: CL0030.</summary>
    Failed,
}

/// <summary>A call that gave no answer, and what to tell the user about it.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Detail">For the finding's message: the exit code, or the error.</param>
public sealed record HostFailure(HostFailureKind Kind, string Detail);
