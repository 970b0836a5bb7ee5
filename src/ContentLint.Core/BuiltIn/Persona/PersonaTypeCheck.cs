using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// <c>check: persona-type</c>: a persona with <c>types:</c> publishes only those message types.
/// Placeholders: <c>{persona}</c>, <c>{type}</c>, <c>{allowed}</c>.
/// </summary>
public sealed class PersonaTypeCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "persona-type";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var post = context.Post;
        if (post.Persona is not { } name || post.Type is not { } type
            || !context.Configuration.Policy.Personas.TryGetValue(name.Value, out var persona)
            || persona.Types.IsEmpty || persona.Types.Contains(type.Value))
        {
            return;
        }

        context.Report(type.Span, null, ("persona", persona.Name), ("type", type.Value.ToString().ToLowerInvariant()), ("allowed", string.Join(", ", persona.Types.Select(t => t.ToString().ToLowerInvariant()))));
    }
}
