/*---
id: CL5002
name: nbsp-in-guillemets
title: In French, guillemets hold their words with no-break spaces.
category: typography
severity: warning
level: post
message: "'{mark}' takes a no-break space {side} it in French (found {found})"
locales:
  fr:
    title: "En français, les guillemets tiennent leurs mots par des espaces insécables."
    message: "« {mark} » prend une espace insécable {side} lui en français (trouvé : {found})"
docs: |
  French quotation marks take a no-break space on the inside: `« Bonjour »`. With a normal space,
  a wrapped line can leave `«` alone at the end of a line or `»` at the start of the next; without
  a space, the quotation looks cramped. In French posts (`lang: fr`, `fr-CA`…) the rule reports a
  missing space, a normal space and several spaces after `«` and before `»`.

  A `»` is judged only when a `«` opened before it in the same paragraph: a lone `»` is an arrow
  (`» Lire la suite`). A sign at the start or end of a line, and signs in links and code, are left
  alone. English quotation marks (`“ ”`) take no space and are not checked.

  **Fix**: the quick fix replaces the space (or inserts one) with the no-break space set by
  `typography.nbsp` — `auto` (default: U+202F, but U+00A0 for a text published on X, where U+202F
  weighs 2 characters), `narrow` (U+202F) or `regular` (U+00A0); see CL5001. Either no-break
  space is accepted as correct. To keep a line as written, suppress it with a reason:
  `<!-- contentlint-disable-next-line CL5002 -- title of a work -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;
using ContentLint.Core.Scripting.Api.Typography;

// In French, « takes exactly one no-break space after it and » one before it; the fix writes the one
// typography.nbsp sets for this text.
if (Post.Channels.IsEmpty || !Languages.Is(Post, "fr"))
{
    return;
}

foreach (var text in Post.AllTexts)
{
    var nbsp = NoBreakSpaces.For(Policy, Channels, Post, text);
    foreach (var gap in GuillemetGaps.Find(ProseText.Of(text)))
    {
        var sign = text.Text[gap.Mark].ToString();
        if (SpaceFix.Check(text.Text, gap.GapStart, gap.GapEnd, nbsp, sign) is { } problem)
        {
            var span = gap.Opening ? TextSpan.FromBounds(gap.Mark, gap.GapEnd) : TextSpan.FromBounds(gap.GapStart, gap.Mark + 1);
            var side = gap.Opening ? Say("after", "après") : Say("before", "avant");
            Report(text, span, problem.Fix, ("mark", sign), ("side", side), ("found", problem.Found));
        }
    }
}
