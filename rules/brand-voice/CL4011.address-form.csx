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

// Across the run: in French posts of a persona with `address`, each use of the other form; for a
// persona without it, the posts whose dominant form is not the one most of its posts use (once each, on
// their first use; on a tie, the form of the earliest post by publish_at).
var undeclared = new Dictionary<string, List<(PostDocument Document, Post Post, MappedText Text, AddressForm First, string Form)>>(StringComparer.OrdinalIgnoreCase);
foreach (var document in Documents)
{
    foreach (var post in document.Posts.Where(p => p.Persona is not null && PostLanguage.IsFrench(p)))
    {
        var persona = post.Persona!.Value.Value;
        var uses = AddressForms.InPost(post);
        if (Policy.Personas.GetValueOrDefault(persona)?.Address is { } address)
        {
            foreach (var (text, use) in uses.Where(u => u.Use.Form != address))
            {
                ReportUse(document, post, text, use, persona, address, $"personas.{persona}.address");
            }

            continue;
        }

        var postTu = uses.Count(u => u.Use.Form == AddressForm.Tu);
        var postVous = uses.Count - postTu;
        if (postTu != postVous)
        {
            var form = postTu > postVous ? AddressForm.Tu : AddressForm.Vous;
            var first = uses.First(u => u.Use.Form == form);
            (undeclared.TryGetValue(persona, out var list) ? list : undeclared[persona] = []).Add((document, post, first.Text, first.Use, form));
        }
    }
}

foreach (var (persona, posts) in undeclared)
{
    var ordered = posts.OrderBy(p => p.Post.PublishAt?.Value ?? DateTimeOffset.MaxValue).ToList();
    var tu = ordered.Count(p => p.Form == AddressForm.Tu);
    var vous = ordered.Count - tu;
    if (tu == 0 || vous == 0)
    {
        continue;
    }

    var expected = tu > vous ? AddressForm.Tu : vous > tu ? AddressForm.Vous : ordered[0].Form;
    var most = Math.Max(tu, vous);
    var reason = Say($"{most} of its {ordered.Count} posts; set personas.{persona}.address",
        $"{most} de ses {ordered.Count} publications ; définissez personas.{persona}.address".Replace(" ;", "\u00A0;"));
    foreach (var (document, post, text, first, _) in ordered.Where(p => p.Form != expected))
    {
        ReportUse(document, post, text, first, persona, expected, reason);
    }
}

void ReportUse(PostDocument document, Post post, MappedText text, AddressForm use, string persona, string expected, object reason) =>
    Report(document, post, text.Map.MapSpan(use.Span), ("match", use.Word), ("form", use.Form), ("persona", persona), ("expected", expected), ("reason", reason));
