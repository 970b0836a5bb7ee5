/*---
id: CL5001
name: nbsp-before-punctuation
title: "In French, a no-break space goes before ; : ! and ?."
category: typography
severity: info
level: post
message: "'{mark}' takes a no-break space before it in French (found {found})"
locales:
  fr:
    title: "En français, une espace insécable précède « ; », « : », « ! » et « ? »."
    message: "« {mark} » prend une espace insécable avant lui en français (trouvé : {found})"
docs: |
  French typography puts a space before the "high" marks `;`, `:`, `!` and `?` — a **no-break**
  space, so that the mark never starts a line on its own when the text wraps on a phone:
  `Bonjour !`, `Attention : nouveau tarif`. With a normal space the line may break before the mark;
  without a space the text looks English. In French posts (`lang: fr`, `fr-CA`…) the rule reports
  a missing space, a normal space and several spaces.

  Not reported, so that it stays quiet on what is not punctuation: URLs (`https://`, `?q=1`),
  times and ratios (`10:30`, `10h30`, `3:1`), emoticons (`:)`, `;-)`, `:D`, `:'(`), marks in code,
  links, hashtags and mentions (`@marie:` is left as written), the `;` of an HTML entity left in
  a text copied from an API (`&gt;`, `&#8217;`), a mark at the start of a line, a
  mark after another mark (`?!` takes one space, before the first; `!!!` is CL4005's business),
  and posts in other languages. Only a mark that closes a clause is judged: one followed by a
  space, the end of the text, a closing quote or bracket, an emoji, or another `!`/`?`.

  **Fix**: the quick fix replaces the space (or inserts one) with the no-break space set by
  `typography.nbsp`:

  ```yaml
  typography:
    nbsp: auto      # auto (default) | narrow | regular
  ```

  - `auto`: U+202F (narrow no-break space, the one French typography asks for before `; ! ?`),
    except on X, where U+202F weighs 2 characters and U+00A0 weighs 1 (see docs/channels.md): a
    text published on X — alone or with other channels — gets U+00A0;
  - `narrow`: always U+202F; `regular`: always U+00A0.

  **Why `info` by default.** The norm is clear, but French brands do not publish that way on social
  media. Measured on the French posts of the project's real corpus: none of the 11 brand posts
  (Danone, Amazon.fr support) with a high mark used a no-break space (9 had no space at all, the
  English way, 3 a normal space); nor did any of the 256 such posts of Free's accounts (195 without a
  space, 84 with a normal one); the French blog texts of `seeds/` used one before 3 marks of 206. As a
  warning the rule fired on 39 % of real French posts and buried the findings that matter (15 of 25
  on one LinkedIn post). As `info` it stays in the editor and the report, with its quick fix, without
  failing a build; a brand that follows the norm raises it: `severity: {CL5001: warning}`.

  **Why one finding per mark, not one per post.** A grouped finding ("7 marks lack a no-break
  space") was weighed and not kept. Since French brands publish without the space, the brands that
  keep this rule on are the ones that follow the norm, and for them a missing space is a slip on
  one mark, which the finding should point at (a grouped finding would cover the whole post and
  hide which mark is wrong). For the others, `info` already keeps the count out of the way, and a
  post where every mark lacks the space is fixed in one step: the editor's "Fix all CL5001 in this
  document" and `check --fix` apply every quick fix at once.

  Either no-break space is accepted as correct whatever the setting. To keep a line as written,
  suppress it with a reason: `<!-- contentlint-disable-next-line CL5001 -- English quotation -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;
using ContentLint.Core.Scripting.Api.Typography;

// In French, each ; : ! ? that closes a clause takes exactly one no-break space before it; the fix
// writes the one typography.nbsp sets for this text.
if (Post.Channels.IsEmpty || !Languages.Is(Post, "fr"))
{
    return;
}

foreach (var text in Post.AllTexts)
{
    var nbsp = NoBreakSpaces.For(Policy, Channels, Post, text);
    foreach (var (mark, gapStart) in PunctuationGaps.Find(ProseText.Of(text)))
    {
        var sign = text.Text[mark].ToString();
        if (SpaceFix.Check(text.Text, gapStart, mark, nbsp, sign) is { } problem)
        {
            Report(text, TextSpan.FromBounds(gapStart, mark + 1), problem.Fix, ("mark", sign), ("found", problem.Found));
        }
    }
}
