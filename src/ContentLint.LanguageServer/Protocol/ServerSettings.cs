using System.Text.Json;

namespace ContentLint.LanguageServer.Protocol;

/// <summary>
/// The server's settings, from <c>initializationOptions</c> or <c>workspace/didChangeConfiguration</c>
/// (<c>settings.contentlint</c>, or <c>settings</c> itself): <c>scripts</c> (false in an untrusted
/// workspace: no script rules) and <c>debounceMs</c> (delay before linting after a change; 0 allowed).
/// </summary>
internal sealed record ServerSettings(bool? Scripts, int? DebounceMs)
{
    /// <summary>Reads what it recognises and ignores the rest: a client may send any JSON here.</summary>
    public static ServerSettings Read(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Object } value)
        {
            return new ServerSettings(null, null);
        }

        if (value.TryGetProperty("contentlint", out var nested) && nested.ValueKind == JsonValueKind.Object)
        {
            value = nested;
        }

        bool? scripts = value.TryGetProperty("scripts", out var s) && s.ValueKind is JsonValueKind.True or JsonValueKind.False ? s.GetBoolean() : null;
        int? debounce = value.TryGetProperty("debounceMs", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out var ms) && ms >= 0 ? ms : null;
        return new ServerSettings(scripts, debounce);
    }
}
