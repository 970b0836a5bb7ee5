using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers;

/// <summary>
/// The position or range a request names, checked: a missing or negative one is InvalidParams. One past
/// the end of a line or of the document is accepted (the editor's view may be a keystroke ahead) and
/// read as the end, as the specification says for characters.
/// </summary>
internal static class RequestPositions
{
    public static Position Get(Position? position) =>
        Check(position ?? throw Invalid("The request names no position."), "position");

    /// <summary>The range, or null when the request has none (the whole document).</summary>
    public static LspRange? GetOptional(LspRange? range)
    {
        if (range is null)
        {
            return null;
        }

        Check(range.Start ?? throw Invalid("The range has no start."), "range.start");
        Check(range.End ?? throw Invalid("The range has no end."), "range.end");
        return range;
    }

    private static Position Check(Position position, string name) =>
        position.Line < 0 || position.Character < 0
            ? throw Invalid($"{name} is negative ({position.Line}:{position.Character}); lines and characters count from 0.")
            : position;

    private static LocalRpcException Invalid(string message) => new(message) { ErrorCode = LspErrorCodes.InvalidParams };
}
