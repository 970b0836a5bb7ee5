using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ContentLint.LanguageServer;

/// <summary>
/// What an error response tells the client: a code and one plain line. StreamJsonRpc's defaults send
/// the exception's message and, in <c>data</c>, its type names and stack trace, which a client shows to
/// the writer. Parameters that do not read are InvalidParams; anything else a handler throws is
/// InternalError, with the trace in the server's log at debug level.
/// </summary>
internal static partial class ClientErrors
{
    /// <summary>The errors this class wrote: every other one is StreamJsonRpc's, and is rewritten before it is sent.</summary>
    private static readonly ConditionalWeakTable<JsonRpcError.ErrorDetail, object> Written = [];

    /// <summary>The error for an exception thrown while handling <paramref name="method"/>.</summary>
    public static JsonRpcError.ErrorDetail FromException(string? method, Exception exception, ServerLog log)
    {
        var error = Describe(method, exception, log);
        Written.AddOrUpdate(error, error);
        return error;
    }

    /// <summary>
    /// Applied to every error response before it is sent, whatever produced it. StreamJsonRpc answers
    /// parameters that do not match a method itself, naming the .NET method and parameter types, with
    /// the deserialization exceptions in <c>data</c>.
    /// </summary>
    public static void Sanitize(JsonRpcError.ErrorDetail error)
    {
        if (!Written.TryGetValue(error, out _))
        {
            if (error.Code == JsonRpcErrorCode.InvalidParams)
            {
                error.Message = InvalidParams(error.Data is CommonErrorData reasons ? JsonPath(reasons) : null);
            }

            error.Data = null;
        }

        error.Message = FirstLine(error.Message);
    }

    private static JsonRpcError.ErrorDetail Describe(string? method, Exception exception, ServerLog log)
    {
        if (exception is LocalRpcException local)
        {
            // Thrown on purpose by a handler, with a message written for the client.
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = FirstLine(local.Message), Data = local.ErrorData };
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = InvalidParams(json.Path) };
            }
        }

        log.Error($"{method} failed: {FirstLine(exception.Message)}");
        log.Verbose($"{method} failed: {exception}");
        return new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)LspErrorCodes.InternalError,
            Message = $"{method} failed on an internal error (the server's log has the details).",
        };
    }

    private static string InvalidParams(string? path) => path is null or "$"
        ? "Invalid parameters: params must be one object, with the members the method defines."
        : $"Invalid parameters: {path} does not have the type the method expects.";

    /// <summary>The JSON path System.Text.Json names in the innermost reason (<c>Path: $.position.line | LineNumber…</c>), or null.</summary>
    private static string? JsonPath(CommonErrorData reasons)
    {
        string? path = null;
        for (var r = reasons; r is not null; r = r.Inner)
        {
            if (r.Message is { } message && PathPattern().Match(message) is { Success: true } match)
            {
                path = match.Groups["path"].Value;
            }
        }

        return path;
    }

    private static string FirstLine(string? message)
    {
        var line = (message ?? string.Empty).AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).TrimEnd().ToString() is { Length: > 0 } first ? first : "The request failed.";
    }

    [GeneratedRegex(@"Path: (?<path>\$[^\s|]*)")]
    private static partial Regex PathPattern();
}
