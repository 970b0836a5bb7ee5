namespace ContentLint.Cli;

/// <summary>
/// A known failure that is not a finding (an unwritable <c>--output</c>, a missing configuration
/// file): the command stops with exit code 2 and this one-line message, without a stack trace.
/// </summary>
public sealed class CommandFailedException : Exception
{
    /// <summary>Creates the failure with the line shown after <c>contentlint: </c>.</summary>
    public CommandFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the failure with its cause (shown with <c>CONTENTLINT_DEBUG=1</c>).</summary>
    public CommandFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the failure with a generic message.</summary>
    public CommandFailedException()
    {
    }
}
