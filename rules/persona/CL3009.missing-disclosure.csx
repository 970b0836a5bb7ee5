/*---
id: CL3009
name: missing-disclosure
title: Promotional posts by employees, ambassadors, influencers and partners disclose it before the fold.
category: persona
severity: error
level: post
message: "Promotional post by '{persona}' ({kind}) without a disclosure {where}: add {markers}"
locales:
  fr:
    title: "Les publications promotionnelles des salariés, ambassadeurs, influenceurs et partenaires le signalent avant le pli."
    message: "Publication promotionnelle de « {persona} » ({kind}) sans mention {where} : ajoutez {markers}"
docs: |
  When an employee, an ambassador, an influencer or a partner promotes the brand, readers must
  know the post is advertising. Platforms and consumer law require it, and **since 2023 French law
  (loi n° 2023-451 du 9 juin 2023 on commercial influence) requires paid influence to carry the
  words "Publicité" or "Collaboration commerciale"**, in a clear, legible and identifiable way. A
  disclosure hidden behind "see more" is not what readers see: on channels that fold long posts
  (LinkedIn, Instagram, Facebook) it must come **before the fold**; on channels that do not fold,
  anywhere in the post.

  A post is checked when its persona's `kind` is in `disclosure.kinds` and it is promotional:
  declared `type: promo`, or read as promotional by the classifier (see CL3006). Markers are
  matched as whole words, ignoring case and accents. One finding per channel: at the marker when it
  sits after the fold, else at the first line, with a fix that starts the post with a marker
  (`Publicité` in French, `#ad` otherwise).

  ```yaml
  personas:
    anna: {kind: employee, channels: [linkedin]}
    lea: {kind: influencer}
  disclosure:
    kinds: [employee, ambassador, influencer, partner]       # the default
    markers: ["Publicité", "Collaboration commerciale", "#ad", "#sponsored", "#employee"]
  ```

  Defaults: kinds `employee`, `ambassador`, `influencer`, `partner`; markers `#ad`, `#sponsored`,
  `#employee`, `#partner`, `#partenariat`, `Publicité`, `Collaboration commerciale`,
  `Partenariat rémunéré`.

  **Fix**: write the disclosure in the first line ("Publicité – …", "#ad …"). Suppressing this rule
  is rarely right; if a post is not advertising, declare it `type: dialogue` and make sure it does
  not read as promotional.
---*/
using ContentLint.Core.Scripting.Api.MessageType;
using ContentLint.Core.Scripting.Api.Persona;

// A promotional post (declared `promo`, or read as promotional) by a persona whose kind must disclose
// (`disclosure.kinds`) carries one of `disclosure.markers` before the channel's "see more" fold.
if (Post.Channels.IsEmpty || Post.Persona is not { } name || !Policy.Personas.TryGetValue(name.Value, out var persona)
    || !Policy.DisclosureKinds.Contains(persona.Kind, StringComparer.OrdinalIgnoreCase) || Policy.DisclosureMarkers.IsEmpty
    || !(Post.Type?.Value == PostType.Promo || MessageTypes.Of(Post, Channels).Verdict == PostType.Promo))
{
    return;
}

// Markers in the order a writer of the post's language would pick: French wording first in French, hashtags first otherwise.
var french = Post.Lang?.Value.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true;
var markers = Policy.DisclosureMarkers.OrderBy(m => m.StartsWith('#') == french ? 1 : 0).ToList();
const int maxListed = 3;
var listedEn = string.Join(", ", markers.Take(maxListed).Select(m => $"'{m}'"));
var listedFr = string.Join(", ", markers.Take(maxListed).Select(m => $"«\u00A0{m}\u00A0»"));
var listed = markers.Count > maxListed ? Say($"one of {listedEn}…", $"l’une de {listedFr}…")
    : markers.Count > 1 ? Say($"one of {listedEn}", $"l’une de {listedFr}")
    : Say(listedEn, listedFr);

// One finding per channel; channels that do not fold only need the marker somewhere.
foreach (var rendition in Post.Renditions)
{
    if (Channels.Find(rendition.Channel.Value) is not { } channel || rendition.Parts.IsEmpty)
    {
        continue; // Unknown channels are CL1001's.
    }

    var first = rendition.Parts[0];
    var foldAt = channel.Fold is { } fold ? channel.Counter.OffsetOfFirstOverflow(first.Text, fold) : -1;
    var found = Disclosures.Find(rendition, Policy);
    if (found.Any(f => foldAt < 0 || (f.PartIndex == 0 && f.Span.End <= foldAt)))
    {
        continue;
    }

    var onEn = rendition.IsVariant ? $"{channel.DisplayName} (variant)" : channel.DisplayName;
    var onFr = rendition.IsVariant ? $"{channel.DisplayName} (variante)" : channel.DisplayName;
    var (whereEn, whereFr) = channel.Fold is { } shown
        ? ($"before the \"see more\" fold on {onEn} (the first {shown} characters)", $"avant le pli «\u00A0voir plus\u00A0» sur {onFr} (les {shown} premiers caractères)")
        : ($"on {onEn}", $"sur {onFr}");
    if (found.Where(f => f.PartIndex == 0).Select(f => (TextSpan?)f.Span).FirstOrDefault() is { } hidden)
    {
        // Present but folded away: point at it, the fix is to move it up.
        var quoted = first.Text.Substring(hidden.Start, hidden.Length);
        var where = Say($"{whereEn} ('{quoted}' comes after it)", $"{whereFr} («\u00A0{quoted}\u00A0» vient après)");
        Report(first, hidden, null, ("persona", persona.Name), ("kind", persona.Kind), ("where", where), ("markers", listed));
        continue;
    }

    // Missing: offer to start the first line with the preferred marker (a hashtag is followed by a space, wording by a dash).
    var line = FirstLine(first.Text);
    var insert = markers[0];
    var fix = Fix(new TextSpan(line.Start, 0), insert.StartsWith('#') ? insert + " " : insert + " – ", $"Start with '{insert}'");
    Report(first, line, fix, ("persona", persona.Name), ("kind", persona.Kind), ("where", Say(whereEn, whereFr)), ("markers", listed));
}

// The first line of a text without its surrounding white space: where the finding goes and the marker is inserted.
static TextSpan FirstLine(string text)
{
    var start = 0;
    while (start < text.Length && char.IsWhiteSpace(text[start]))
    {
        start++;
    }

    var end = text.AsSpan(start).IndexOfAny('\r', '\n') is var n and >= 0 ? start + n : text.Length;
    while (end > start && char.IsWhiteSpace(text[end - 1]))
    {
        end--;
    }

    return TextSpan.FromBounds(start, end);
}
