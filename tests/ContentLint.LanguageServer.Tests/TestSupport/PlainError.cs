using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>What a client may be shown from an error response: a code and one plain line, no .NET internals anywhere.</summary>
internal static partial class PlainError
{
    /// <summary>Why <paramref name="response"/>'s error is not plain, or null when it is (or the response is a result).</summary>
    public static string? Problem(JsonNode response)
    {
        if (response["error"] is not JsonObject error)
        {
            return null;
        }

        var message = error["message"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var code = error["code"] is JsonValue c && c.TryGetValue<int>(out var number) ? number : (int?)null;
        return (message, code) switch
        {
            (null or "", _) => "no message",
            (_, null) => "no code",
            _ when message.Contains('\n') || message.Contains('\r') => $"a message on several lines: {message}",
            _ when DotNetPattern().IsMatch(message) => $".NET internals in the message: {message}",
            _ when error["data"] is { } data => $"data sent: {data.ToJsonString()}",
            _ => null,
        };
    }

    /// <summary>Exception type names, namespaces and stack frames.</summary>
    [GeneratedRegex(@"Exception|\bat [\w.]+\(|\b(System|Microsoft|StreamJsonRpc|ContentLint|Nerdbank)\.\w|\{no object\}")]
    private static partial Regex DotNetPattern();
}
