/*---
id: CL4010
name: tu-vous-mixed
title: A French post addresses its reader either as tu or as vous, not both.
category: brand-voice
severity: warning
level: post
message: "'{match}' addresses the reader as '{form}', but this post also says '{example}' ({other})"
locales:
  fr:
    title: "Une publication en français tutoie ou vouvoie son lecteur, pas les deux."
    message: "« {match} » s’adresse au lecteur par « {form} », mais cette publication dit aussi « {example} » ({other})"
docs: |
  French makes the writer choose: *tu* (close, young, casual) or *vous* (polite, or plural). A
  post that says « Découvre nos offres » then « contactez-nous » sounds like two people wrote it.
  In French posts (`lang: fr`, `fr-CA`…), the rule finds both forms and reports the uses of the
  less frequent one (on a tie, the form that comes second).

  What counts: *tu* — `tu`, `te`, `t'`, `toi`, `ton`, `ta`, `tes`, also after a
  hyphen (`inscris-toi`); *vous* — `vous`, `votre`, `vos`, `vôtre(s)`, and verbs in `-ez` where an
  imperative stands (start of a sentence, a line or a list item, after a colon, after `n'`:
  `Découvrez`, `N'hésitez pas`).

  Left out, to keep false alarms rare: words between quotation marks (`« vous »`, `“…”`, `"…"`:
  reported speech), `ton` after a determiner (`le ton`, `un ton` is the noun), `rendez-vous`,
  `chez`/`assez`/`nez`, the euphonic `t'` of an inversion (`y a t'il`), `tien(s)` (more often
  `tiens !` than `le tien`), links, hashtags, mentions and code; a *vous* made plural by its
  sentence (`merci à vous tous`, `vous êtes nombreux`, `chacun d'entre vous`, `vous tous
  ensemble`), which a *tu* brand uses to address its whole community. **Limits**: a plural *vous*
  with no such word ("vous deux") counts as *vous*; a *tu* imperative without a pronoun (`Découvre`) is not recognised (it reads the same as
  "il découvre"); a place name in `-ez` opening a sentence (`Rodez`) counts as *vous*. Suppress
  such a line with a reason.

  When the post's persona sets `address`, CL4011 (`address-form`) reports the mix instead,
  pointing at the uses of the wrong form.

  **Fix**: pick one form and rewrite the other uses (there is no automatic fix: verbs change too).
  `<!-- contentlint-disable-next-line CL4010 -- plural vous to the whole team -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;

// In a French post using both forms, the uses of the less frequent one are reported (on a tie, the form
// used second). A post whose persona sets `address` is left to CL4011, which knows which form is right.
if (Post.Channels.IsEmpty || !Languages.Is(Post, "fr")
    || (Post.Persona is { } name && Policy.Personas.GetValueOrDefault(name.Value)?.Address is not null))
{
    return;
}

var uses = AddressForms.InPost(Post);
var tu = uses.Count(u => u.Use.Form == AddressForm.Tu);
var vous = uses.Count - tu;
if (tu == 0 || vous == 0)
{
    return;
}

var minority = tu < vous ? AddressForm.Tu : vous < tu ? AddressForm.Vous : AddressForm.Other(uses[0].Use.Form);
var example = uses.First(u => u.Use.Form != minority).Use.Word;
foreach (var (text, use) in uses.Where(u => u.Use.Form == minority))
{
    Report(text, use.Span, ("match", use.Word), ("form", use.Form), ("other", AddressForm.Other(use.Form)), ("example", example));
}
