/*---
id: CL5003
name: nbsp-before-percent
title: In French, a no-break space joins a number to its percent sign, currency or unit.
category: typography
severity: warning
level: post
message: "'{unit}' takes a no-break space after its number in French (found {found})"
locales:
  fr:
    title: "En français, une espace insécable joint un nombre à son signe pour cent, sa devise ou son unité."
    message: "« {unit} » prend une espace insécable après son nombre en français (trouvé : {found})"
options:
  units:
    type: list
    default: [km, "m²", kg, cm, mm, ml, cl, kWh, kW, Mo, Go, To, "°C", min]
    doc: "Units judged after a number, besides % ‰ € $ £ (case-sensitive, as whole words)."
docs: |
  French writes `30 %`, `29,99 €`, `10 km` with a space between the number and the sign, and that
  space must not break: `30` at the end of a line and `%` at the start of the next is unreadable.
  In French posts (`lang: fr`, `fr-CA`…) the rule reports a missing space, a normal space and
  several spaces between a number and what follows it: `%`, `‰`, `€`, `$`, `£`, and the units of
  the `units` option (`km`, `m²`, `kg`, `cm`, `mm`, `ml`, `cl`, `kWh`, `kW`, `Mo`, `Go`, `To`,
  `°C`, `min`; case-sensitive, as whole words, so `5G` or `4K` are not units). Single-letter units
  (`m`, `g`, `h`, `s`) are left out: `10h30` is a time and `3 m` too ambiguous in posts.

  Not reported: a sign before its number (`$10`, `€10`), a number glued to letters or to `#`
  (`MP3`, `#100%`), percent signs in links (`%20`), hashtags, mentions, code, and posts in other
  languages (English writes `30%`).

  **Fix**: the quick fix replaces the space (or inserts one) with the no-break space set by
  `typography.nbsp` — `auto` (default: U+202F, but U+00A0 for a text published on X, where U+202F
  weighs 2 characters), `narrow` (U+202F) or `regular` (U+00A0); see CL5001. Either no-break
  space is accepted as correct. To keep a line as written, suppress it with a reason:
  `<!-- contentlint-disable-next-line CL5003 -- product reference -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;
using ContentLint.Core.Scripting.Api.Typography;

// In French, a number and the %, currency or unit after it are held together by exactly one no-break
// space; the fix writes the one typography.nbsp sets for this text.
if (Post.Channels.IsEmpty || !Languages.Is(Post, "fr"))
{
    return;
}

var units = Options.GetList("units");
foreach (var text in Post.AllTexts)
{
    var nbsp = NoBreakSpaces.For(Policy, Channels, Post, text);
    foreach (var (unit, offset, gapStart) in NumberSignGaps.Find(ProseText.Of(text), units))
    {
        if (SpaceFix.Check(text.Text, gapStart, offset, nbsp, unit) is { } problem)
        {
            Report(text, TextSpan.FromBounds(gapStart, offset + unit.Length), problem.Fix, ("unit", unit), ("found", problem.Found));
        }
    }
}
