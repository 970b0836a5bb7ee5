using StreamJsonRpc;

namespace ContentLint.RuleHost.Protocol;

/// <summary>The one encoding both ends of the pipe use.</summary>
internal static class Wire
{
    /// <summary>MessagePack, length-prefixed: compact and fast for batches of post text and findings; the messages with written-out formatters (<see cref="WireFormatters"/>).</summary>
    public static MessagePackFormatter Formatter()
    {
        var formatter = new MessagePackFormatter();
        formatter.SetMessagePackSerializerOptions(MessagePackFormatter.DefaultUserDataSerializationOptions.WithResolver(WireFormatters.Resolver));
        return formatter;
    }
}
