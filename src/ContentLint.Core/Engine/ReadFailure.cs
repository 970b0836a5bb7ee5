namespace ContentLint.Core.Engine;

/// <summary>The reason shown when a file or folder cannot be read (CL0008).</summary>
public static class ReadFailure
{
    /// <summary>"permission denied", or the system's message for other I/O failures.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException or FileNotFoundException => "not found",
        _ => exception.Message,
    };
}
