using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentLint.Cli.Formatters.Documents;

/// <summary>
/// Serialization of the JSON documents the CLI writes (check reports, SARIF, <c>config show</c>), source-generated:
/// indented by two spaces, camelCase, null properties left out, and non-ASCII text written as is (only what
/// JSON requires is escaped, as the hand-written writers did).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonReportDocument))]
[JsonSerializable(typeof(SarifLog))]
[JsonSerializable(typeof(ConfigListingDocument))]
[JsonSerializable(typeof(Baselines.BaselineDocument))]
internal sealed partial class JsonOutput : JsonSerializerContext
{
    private static JsonOutput? _relaxed;

    /// <summary>The context with the encoder the documents use (a source-generation attribute cannot name one).</summary>
    // Made on first use, after Default (a static initializer could run first); a race only builds it twice.
    public static JsonOutput Relaxed => _relaxed ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes a document as JSON, then a line break, passing it to <paramref name="writer"/> as it is serialized.</summary>
    public static void Write<T>(T document, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, TextWriter writer)
    {
        // Not into a MemoryStream first: for a report of 100,000 posts that was the report three times
        // over (the bytes, their copy, the string) at the run's peak of memory.
        using var stream = new TextWriterStream(writer);
        JsonSerializer.Serialize(stream, document, type);
        writer.WriteLine();
    }
}
