using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// <c>check: persona-channel</c>: a persona with <c>channels:</c> publishes only there; one finding per
/// channel it may not use, at that channel. Aliases count as their channel (<c>twitter</c> is <c>x</c>).
/// Placeholders: <c>{persona}</c>, <c>{channel}</c>, <c>{allowed}</c>.
/// </summary>
public sealed class PersonaChannelCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "persona-channel";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var post = context.Post;
        if (post.Persona is not { } name
            || !context.Configuration.Policy.Personas.TryGetValue(name.Value, out var persona)
            || persona.Channels.IsEmpty)
        {
            return;
        }

        var allowed = persona.Channels.Select(c => context.Channels.Resolve(c) ?? c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var channel in post.Channels)
        {
            // Unknown channels are CL1001's; judging them here would report one typo twice.
            if (context.Channels.Resolve(channel.Value) is { } resolved && !allowed.Contains(resolved))
            {
                context.Report(channel.Span, null, ("persona", persona.Name), ("channel", channel.Value), ("allowed", string.Join(", ", persona.Channels)));
            }
        }
    }
}
