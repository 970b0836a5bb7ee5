using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentLint.LanguageServer.Protocol;

/// <summary>The JSON settings of the protocol: camelCase names, nulls omitted.</summary>
internal static class LspJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create() => new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Clients send fields this server does not model; they are skipped, never an error.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
