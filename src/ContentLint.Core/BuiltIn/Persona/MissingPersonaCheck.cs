using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary><c>check: missing-persona</c>: with <c>require: {persona: true}</c>, every post names its persona. Placeholder: <c>{choices}</c>.</summary>
public sealed class MissingPersonaCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "missing-persona";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var policy = context.Configuration.Policy;
        if (policy.RequirePersona && context.Post.Persona is null)
        {
            context.Report(PostAnchor.Header(context.Post, context.Document), null, ("choices", PersonaNames.Choices(policy)));
        }
    }
}
