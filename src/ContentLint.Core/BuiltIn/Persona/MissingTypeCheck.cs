using ContentLint.Core.BuiltIn.Persona.Classification;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// <c>check: missing-type</c>: with <c>require: {type: true}</c>, every post declares <c>type: promo</c> or
/// <c>type: dialogue</c>. Placeholder: <c>{reading}</c>, what the text reads as when the classifier is sure.
/// </summary>
public sealed class MissingTypeCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "missing-type";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        if (!context.Configuration.Policy.RequireType || context.Post.Type is not null)
        {
            return;
        }

        var reading = PostReadings.Of(context);
        var hint = reading.Verdict is { } verdict
            ? $"; the text reads as {PostReadings.Describe(verdict)} ({reading.Evidence(verdict, 2)})"
            : string.Empty;
        context.Report(PostAnchor.Header(context.Post, context.Document), null, ("reading", hint));
    }
}
