using ContentLint.Core.BuiltIn.Persona.Classification;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// <c>check: dialogue-without-invitation</c>: a post declared <c>dialogue</c> holds something that invites
/// an answer: a question, a mention, a request, an invitation to comment, reply or write privately
/// (<see cref="MarkerCategory.Invitations"/>). Reported at the <c>type</c> field (the post's first line when
/// the type is inherited). No placeholders.
/// </summary>
public sealed class DialogueInvitationCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "dialogue-without-invitation";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var post = context.Post;
        if (post.Type is not { Value: PostType.Dialogue } declared || post.AllTexts.All(t => t.Text.Trim().Length == 0))
        {
            return;
        }

        if (!PostReadings.Of(context).Has(MarkerCategory.Invitations))
        {
            context.Report(PostAnchor.IsOwn(post, "type") ? declared.Span : PostAnchor.Header(post, context.Document), null);
        }
    }
}
