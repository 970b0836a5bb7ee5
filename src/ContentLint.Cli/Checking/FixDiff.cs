using System.Text;

namespace ContentLint.Cli.Checking;

/// <summary>
/// <c>check --fix --diff</c>: prints what a dry-run <see cref="FixWriter"/> was asked to write, as one
/// unified diff (files in path order, paths relative to the working directory) that
/// <c>git apply</c> or <c>patch -p1</c> applies.
/// </summary>
public static class FixDiff
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes the diff to <paramref name="output"/>; files that are not UTF-8 are named on <paramref name="error"/> instead.</summary>
    /// <returns>True when at least one file would change.</returns>
    public static bool Write(FixWriter dryRun, string workingDirectory, TextWriter output, TextWriter error)
    {
        var changes = dryRun.Pending
            .Select(p => (Path: Path.GetRelativePath(workingDirectory, p.Key).Replace(Path.DirectorySeparatorChar, '/'), p.Value.Original, p.Value.Updated))
            .OrderBy(c => c.Path, StringComparer.Ordinal);
        var changed = false;
        foreach (var (path, original, updated) in changes)
        {
            changed = true;
            if (Decode(original) is not { } before || Decode(updated) is not { } after)
            {
                // A text diff of UTF-16 bytes would not apply; say so rather than print a wrong one.
                error.WriteLine($"contentlint: {path}: fixes available, but the file is not UTF-8 so no diff is shown (run --fix to apply them)");
                continue;
            }

            output.Write(UnifiedDiff.Create(path, before, after));
        }

        return changed;
    }

    private static string? Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
