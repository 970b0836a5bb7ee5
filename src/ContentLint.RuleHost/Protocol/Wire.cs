using StreamJsonRpc;

namespace ContentLint.RuleHost.Protocol;

/// <summary>The one encoding both ends of the pipe use.</summary>
internal static class Wire
{
    /// <summary>MessagePack, length-prefixed: compact and fast for batches of post text and findings.</summary>
    public static MessagePackFormatter Formatter() => new();
}
