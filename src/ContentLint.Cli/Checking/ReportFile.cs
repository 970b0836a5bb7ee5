using System.Text;

namespace ContentLint.Cli.Checking;

/// <summary>The <c>--output</c> file: checked before the run (no work wasted on a report that cannot be written), written after it.</summary>
internal static class ReportFile
{
    /// <summary>Fails when <paramref name="path"/> is a folder or its folder does not exist; <paramref name="what"/> names the file in the message.</summary>
    public static void RequireWritable(string path, string what = "the report")
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw Failure(path, what, "it is a folder");
        }

        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw Failure(path, what, $"folder '{Printable.Escape(folder)}' does not exist");
        }
    }

    /// <summary>Writes the report as UTF-8 without BOM; an I/O failure becomes one line (exit code 2).</summary>
    public static void Write(string path, Action<TextWriter> write, string what = "the report")
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            write(writer);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw Failure(path, what, "permission denied", ex);
        }
        catch (IOException ex)
        {
            throw Failure(path, what, Printable.Escape(ex.Message), ex);
        }
    }

    private static CommandFailedException Failure(string path, string what, string reason, Exception? inner = null)
    {
        var message = $"cannot write {what} to '{Printable.Escape(path)}': {reason}";
        return inner is null ? new CommandFailedException(message) : new CommandFailedException(message, inner);
    }
}
