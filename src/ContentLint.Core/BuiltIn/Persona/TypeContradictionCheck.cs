using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// <c>check: type-contradicted</c>: the declared <c>type</c> says one thing and the text the other
/// (<see cref="Classification.MessageTypeClassifier"/>). Reported at the <c>type</c> field with a fix that
/// declares the type the text reads as; when the type comes from a calendar's <c>defaults:</c>, at the
/// strongest evidence in the text instead. Placeholders: <c>{declared}</c>, <c>{reading}</c>, <c>{evidence}</c>.
/// </summary>
public sealed class TypeContradictionCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "type-contradicted";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var post = context.Post;
        if (post.Type is not { } declared)
        {
            return;
        }

        var reading = PostReadings.Of(context);
        if (reading.Verdict is not { } verdict || verdict == declared.Value)
        {
            return;
        }

        var args = new (string, object?)[]
        {
            ("declared", declared.Value.ToString().ToLowerInvariant()),
            ("reading", PostReadings.Describe(verdict)),
            ("evidence", reading.Evidence(verdict)),
        };
        if (PostAnchor.IsOwn(post, "type"))
        {
            var other = verdict.ToString().ToLowerInvariant();
            context.Report(declared.Span, new CodeFix($"Declare 'type: {other}'", [new TextEdit(declared.Span, other)]), args);
            return;
        }

        var strongest = reading.Strongest(verdict).First();
        var text = post.AllTexts.ElementAt(strongest.TextIndex);
        context.Report(text, strongest.Span, null, args);
    }
}
