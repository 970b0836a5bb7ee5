/*---
id: CL2004
name: confidential-figure
title: Figures do not appear next to confidential or embargoed topics.
category: confidentiality
severity: error
level: post
message: "Figure '{figure}' near '{term}' ({reason}): numbers are the most sensitive part of a confidential topic"
locales:
  fr:
    title: "Les chiffres n’apparaissent pas à côté de sujets confidentiels ou sous embargo."
    message: "Chiffre « {figure} » près de « {term} » ({reason}) : les chiffres sont la partie la plus sensible d’un sujet confidentiel"
docs: |
  A codename alone says little; "Aurora: 12 M€ of revenue, +30 %" says everything. This rule reports
  figures within `confidential.figureProximity` words (default 8) of a confidential term
  (`confidential.terms`), a client under NDA (`confidential.clients`) or a topic still under embargo
  when the post is published (`embargoes`, compared with `publish_at` like CL2003).

  A figure is an amount with a currency (`12 M€`, `€3.5bn`, `1 200 euros`, `$40k`), a percentage
  (`30 %`, `12 pour cent`), a scaled number (`3 millions`, `10k`) or a financial word (`CA` in
  capitals, `chiffre d'affaires`, `revenue`, `turnover`, `marge`, `EBITDA`, `bénéfice`, `M€`, `k€`,
  `millions`…). Bare numbers (years, counts, dates) are not figures.

  ```yaml
  confidential:
    terms: [Aurora]
    clients: [Initech]
    figureProximity: 8        # words between the figure and the term
  embargoes:
    - {term: "résultats annuels", until: 2026-02-12T18:00:00+01:00}
  ```

  **Fix**: remove the figure, or the term, or wait until both are public. The term itself is
  reported by CL2001, CL2002 or CL2003; this rule adds one finding per figure. To accept a figure
  that is already public, suppress it with a reason:
  `<!-- contentlint-disable-next-line CL2004 -- figure from the published annual report -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;

// One finding per figure within confidential.figureProximity words of a confidential term, an NDA
// client or a topic still under embargo when the post is published (judged like CL2003).
if (Post.Channels.IsEmpty)
{
    return;
}

var anchors = PolicyLists.FigureAnchors(Policy);
if (anchors.IsEmpty)
{
    return;
}

var when = EmbargoSchedule.PublicationOf(Post, DateTimeOffset.UtcNow);
foreach (var text in ConfidentialTexts.Of(Post))
{
    foreach (var found in ConfidentialFigures.Find(text, anchors, when, Policy.FigureProximity))
    {
        var anchor = found.Anchor;
        object reason = anchor.Kind switch
        {
            FigureAnchorKind.ConfidentialTerm => "confidential.terms",
            FigureAnchorKind.NdaClient => "confidential.clients",
            _ => Say($"embargoed until {EmbargoSchedule.Format(anchor.Until!.Value)}", $"sous embargo jusqu’au {EmbargoSchedule.Format(anchor.Until!.Value)}"),
        };
        Report(text, found.Span, ("figure", found.Figure), ("term", anchor.Term), ("reason", reason), ("distance", found.Distance));
    }
}
