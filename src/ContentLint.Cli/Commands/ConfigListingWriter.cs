using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Cli.Formatters.Documents;
using ContentLint.Core.Configuration.Cascade;

namespace ContentLint.Cli.Commands;

/// <summary>Writes <c>config show</c>: YAML with a <c># from path:line</c> comment per value, or JSON with a <c>source</c> per value.</summary>
/// <param name="file">The file asked about, as shown.</param>
/// <param name="cascade">Its configuration, or null for the defaults.</param>
internal sealed class ConfigListingWriter(string file, ConfigurationCascade? cascade)
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void WriteText(TextWriter output)
    {
        if (cascade is null)
        {
            output.WriteLine($"# No contentlint.yaml applies to {Quote(file)}: the defaults are in use.");
            return;
        }

        output.WriteLine($"# Effective configuration for {Quote(file)}");
        output.WriteLine($"# Files, top first: {string.Join(", ", cascade.Layers.Select(l => Quote(l.DisplayPath)))}. Keys not listed keep their defaults.");
        foreach (var entry in ConfigurationListing.Entries(cascade))
        {
            var indent = new string(' ', entry.Depth * 2);
            var head = entry.Key is null ? "-" : Quote(entry.Key) + ":";
            var line = entry.Value is null ? indent + head : $"{indent}{head} {Quote(entry.Value)}";
            output.WriteLine(entry.Value is not null && entry.Origin is { } origin ? $"{line}  # from {origin}" : line);
        }
    }

    public void WriteJson(TextWriter output)
    {
        var files = (cascade?.Layers ?? []).Select(layer => new ConfigListingFile(layer.DisplayPath, layer.IsRoot)).ToList();
        IEnumerable<ConfigurationEntry> entries = cascade is null ? [] : ConfigurationListing.Entries(cascade);
        var settings = entries
            .Where(entry => entry.Value is not null)
            .Select(entry => new ConfigListingSetting(
                entry.KeyPath,
                entry.Value!,
                entry.Origin is { } origin ? new ConfigListingSource(origin.Layer.DisplayPath, origin.Line) : null))
            .ToList();
        JsonOutput.Write(new ConfigListingDocument(file, files, settings), JsonOutput.Relaxed.ConfigListingDocument, output);
    }

    /// <summary>The text as a YAML scalar: plain when that reads back the same, else double-quoted with escapes (control characters never printed raw).</summary>
    private static string Quote(string text) => IsPlain(text) ? text : JsonSerializer.Serialize(text, Quoting);

    private static bool IsPlain(string text) =>
        text.Length > 0
        && text.Trim() == text
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':')
        && text.All(c => !char.IsControl(c) && c is not ('\u2028' or '\u2029' or '\u0085'));
}
