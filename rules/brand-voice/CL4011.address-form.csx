/*---
id: CL4011
name: address-form
title: A persona addresses French readers the same way in every post.
category: brand-voice
severity: warning
level: run
message: "'{match}' addresses the reader as '{form}', but persona '{persona}' uses '{expected}' ({reason})"
locales:
  fr:
    title: "Un persona s’adresse aux lecteurs français de la même façon dans chaque publication."
    message: "« {match} » s’adresse au lecteur par « {form} », mais le persona « {persona} » emploie « {expected} » ({reason})"
docs: |
  A persona is a voice: if the brand account says *vous*, every one of its French posts says
  *vous*; an ambassador who says *tu* does so everywhere. Set the form per persona:

  ```yaml
  personas:
    brand:
      address: vous
    community:
      address: tu
  ```

  In French posts (`lang: fr`, `fr-CA`…) of a persona with `address`, each use of the other form
  is reported. For a persona without `address`, the rule looks across all the posts of the run
  (every file checked together): when some of its posts use *tu* and others *vous*, the posts that
  use the less frequent form are reported, once each, on their first use (on a tie, the form of
  the earliest post by `publish_at` wins), and the message suggests setting `address`. A post that
  mixes both forms counts for the form it uses most (CL4010 reports the mix itself).

  The forms are found as in CL4010 (`tu-vous-mixed`), with the same limits: quoted words are
  reported speech and do not count; a plural *vous* outside quotation marks counts as *vous*.

  **Fix**: rewrite the post in the persona's form (no automatic fix: verbs change too). To keep
  one use (addressing a group), suppress it with a reason:
  `<!-- contentlint-disable-next-line CL4011 -- plural vous to all participants -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;

// Per post, as its file is checked (French posts of a persona): with `address` set, each use of the other
// form is reported now; without it, the post's dominant form is kept, at its first use, for the run step.
protected override void Collect(PostDocument document, Post post)
{
    if (post.Persona is not { } named || !PostLanguage.IsFrench(post))
    {
        return;
    }

    var persona = named.Value;
    var uses = AddressForms.InPost(post);
    if (Policy.Personas.GetValueOrDefault(persona)?.Address is { } address)
    {
        foreach (var (text, use) in uses.Where(u => u.Use.Form != address))
        {
            Report(document, post, text.Map.MapSpan(use.Span), ("match", use.Word), ("form", use.Form), ("persona", persona), ("expected", address), ("reason", $"personas.{persona}.address"));
        }

        return;
    }

    var postTu = uses.Count(u => u.Use.Form == AddressForm.Tu);
    var postVous = uses.Count - postTu;
    if (postTu != postVous)
    {
        var form = postTu > postVous ? AddressForm.Tu : AddressForm.Vous;
        var (text, first) = uses.First(u => u.Use.Form == form);
        Keep(text.Map.MapSpan(first.Span), ("persona", persona), ("form", form), ("match", first.Word), ("publishAt", post.PublishAt?.Value));
    }
}

// Across the run, per persona without `address` (named case-insensitively): the posts whose dominant form
// is not the one most of its posts use, once each, on their first use (on a tie, the form of the earliest
// post by publish_at).
foreach (var posts in Facts.GroupBy(f => f.Text("persona")!, StringComparer.OrdinalIgnoreCase))
{
    var persona = posts.Key;
    var ordered = posts.OrderBy(f => f.Date("publishAt") ?? DateTimeOffset.MaxValue).ToList();
    var tu = ordered.Count(f => f.Text("form") == AddressForm.Tu);
    var vous = ordered.Count - tu;
    if (tu == 0 || vous == 0)
    {
        continue;
    }

    var expected = tu > vous ? AddressForm.Tu : vous > tu ? AddressForm.Vous : ordered[0].Text("form");
    var most = Math.Max(tu, vous);
    var reason = Say($"{most} of its {ordered.Count} posts; set personas.{persona}.address",
        $"{most} de ses {ordered.Count} publications ; définissez personas.{persona}.address".Replace(" ;", "\u00A0;"));
    foreach (var fact in ordered.Where(f => f.Text("form") != expected))
    {
        Report(fact, ("match", fact.Text("match")), ("form", fact.Text("form")), ("persona", persona), ("expected", expected), ("reason", reason));
    }
}
