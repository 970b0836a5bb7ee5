using System.Text.Json;
using ContentLint.Cli.Formatters.Documents;

namespace ContentLint.Cli.Baselines;

/// <summary>Reads and writes <see cref="BaselineDocument"/>s; a file that cannot be used is one line and exit code 2.</summary>
internal static class BaselineFile
{
    /// <summary>The version written, and the only one read.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The file <c>baseline create</c> writes and <c>baseline prune</c> reads by default.</summary>
    public const string DefaultName = ".contentlint-baseline.json";

    /// <summary>Reads <paramref name="path"/>, or fails with why it cannot be used.</summary>
    public static BaselineDocument Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Failure(path, ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : Printable.Escape(ex.Message), ex);
        }

        BaselineDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(text, JsonOutput.Relaxed.BaselineDocument);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            throw Failure(path, $"invalid JSON{where}", ex);
        }

        if (document is null || document.Version != CurrentVersion)
        {
            throw Failure(path, $"not a version {CurrentVersion} baseline (\"version\": {CurrentVersion} expected)");
        }

        if (document.Findings is null || document.Findings.Any(e => e is null || e.RuleId is null || e.Path is null || e.Fingerprint is null))
        {
            throw Failure(path, "every entry of \"findings\" needs ruleId, path and fingerprint");
        }

        return document;
    }

    /// <summary>Writes <paramref name="document"/> with its entries sorted (the same findings give the same bytes).</summary>
    public static void Write(string path, BaselineDocument document)
    {
        var sorted = document with
        {
            Paths = document.Paths?.Order(StringComparer.Ordinal).ToList(),
            Findings = (document.Findings ?? [])
                .OrderBy(e => e.Path, StringComparer.Ordinal)
                .ThenBy(e => e.RuleId, StringComparer.Ordinal)
                .ThenBy(e => e.PostId ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
                .ToList(),
        };
        Checking.ReportFile.Write(path, writer => JsonOutput.Write(sorted, JsonOutput.Relaxed.BaselineDocument, writer), "the baseline");
    }

    private static CommandFailedException Failure(string path, string reason, Exception? inner = null)
    {
        var message = $"cannot use the baseline '{Printable.Escape(path)}': {reason}";
        return inner is null ? new CommandFailedException(message) : new CommandFailedException(message, inner);
    }
}
