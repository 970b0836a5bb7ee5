/*---
id: CL2003
name: embargoed-topic
title: Embargoed topics are not published before their date.
category: confidentiality
severity: error
level: post
message: "'{match}' is under embargo until {until}; this post is published {published}"
locales:
  fr:
    title: "Les sujets sous embargo ne sont pas publiés avant leur date."
    message: "« {match} » est sous embargo jusqu’au {until} ; cette publication paraît {published}"
docs: |
  Results, launches and partnerships are often announced at a set moment (a market opening, a
  press conference). A post scheduled before that moment breaks the embargo, and for a listed
  company can amount to disclosing inside information. Each embargo is a term (found like a
  confidential term: case, accents, elisions, plurals) and the first moment it may be published:

  ```yaml
  embargoes:
    - {term: "résultats annuels", until: 2026-02-12T18:00:00+01:00}
    - {term: Aurora, until: 2026-12-01}        # a date alone means 00:00 UTC
  ```

  The post's `publish_at` is compared with `until`: before it, the term is an error; at or after it,
  nothing is reported. A post without `publish_at` is judged at the time of the run (it could be
  published right away), so the same post stops being reported once the date has passed.

  **Fix**: set `publish_at` at or after the embargo, or remove the term until then. Once the news
  is public, remove the embargo from the configuration. To accept one occurrence (a post that
  only goes to an internal channel), suppress it with a reason:
  `<!-- contentlint-disable-next-line CL2003 -- internal channel only -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;

// A post is judged at its publish_at, or now when it has none (it could go out at any moment); a
// term is reported strictly before the end of its embargo.
if (Post.Channels.IsEmpty)
{
    return;
}

var schedule = PolicyLists.Embargoes(Policy);
if (schedule.IsEmpty)
{
    return;
}

var when = EmbargoSchedule.PublicationOf(Post, DateTimeOffset.UtcNow);
object published = Post.PublishAt is { } date
    ? EmbargoSchedule.Format(date.Value)
    : Say("now (no publish_at)", "maintenant (sans publish_at)");
foreach (var text in ConfidentialTexts.Of(Post))
{
    foreach (var (match, until) in schedule.Active(text, when))
    {
        Report(text, match.Match.Span, ("term", match.Configured), ("match", match.Written), ("until", EmbargoSchedule.Format(until)), ("published", published));
    }
}
