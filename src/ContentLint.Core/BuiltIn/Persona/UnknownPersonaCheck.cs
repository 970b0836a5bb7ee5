using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;
using ContentLint.Core.Scripting.Api.Persona;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// <c>check: unknown-persona</c>: when <c>personas:</c> is configured, a post's persona is one of them
/// (with a "did you mean" and a fix to the closest name). Placeholders: <c>{persona}</c>, <c>{suggestion}</c>, <c>{choices}</c>.
/// </summary>
public sealed class UnknownPersonaCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "unknown-persona";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var policy = context.Configuration.Policy;
        if (context.Post.Persona is not { } persona || policy.Personas.IsEmpty || policy.Personas.ContainsKey(persona.Value))
        {
            return;
        }

        var suggestion = Suggestions.Closest(persona.Value, policy.Personas.Keys);
        var fix = suggestion is null ? null : new CodeFix($"Replace '{persona.Value}' with '{suggestion}'", [new TextEdit(persona.Span, suggestion)]);
        context.Report(persona.Span, fix, ("persona", persona.Value), ("suggestion", Suggestions.DidYouMeanPlaceholder(suggestion)), ("choices", suggestion is null ? PersonaNames.Choices(policy) : (object)string.Empty));
    }
}
