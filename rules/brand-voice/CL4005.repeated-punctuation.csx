/*---
id: CL4005
name: repeated-punctuation
title: One exclamation or question mark is enough.
category: brand-voice
severity: warning
level: post
message: "'{match}': one mark is enough ('{expected}')"
locales:
  fr:
    title: "Un seul point d’exclamation ou d’interrogation suffit."
    message: "« {match} » : un seul signe suffit (« {expected} »)"
docs: |
  `!!!`, `???` and `?!?` read as excitement or exasperation a brand rarely means; one mark says
  the same thing. Reported: two identical marks or more (`!!`, `??`), three marks or more of any
  kind (`?!?`, `!?!`), the French spaced form (`! ! !`), and four dots or more (`....`).

  Accepted: `?!` and `!?` (a surprised question), the ellipsis `...` and `…`, and anything inside
  links (`?q=1`) or code.

  **Fix**: the quick fix keeps the first mark (`!!!` → `!`, `?!?` → `?`, `! ! !` → `!`) and turns
  four dots or more into three. To keep a run once (quoting someone), suppress it with a reason:
  `<!-- contentlint-disable-next-line CL4005 -- quoting the customer -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;

// Reported: four dots or more (fixed to three), two identical marks or more (!!, ??) and three marks or
// more of any kind (?!?), fixed to the first mark. ?! and !? (a surprised question) are accepted.
if (Post.Channels.IsEmpty)
{
    return;
}

foreach (var text in Post.AllTexts)
{
    var prose = ProseText.Of(text);
    foreach (var run in PunctuationRuns.Find(text.Text))
    {
        var repeated = run.IsDots ? run.Marks >= 4 : run.Marks >= 3 || (run.Marks == 2 && run.Kinds == 1);
        if (repeated && !prose.IsProtected(run.Span))
        {
            var found = text.Text.Substring(run.Span.Start, run.Span.Length);
            var expected = run.IsDots ? "..." : run.First.ToString();
            Report(text, run.Span, Fix(run.Span, expected, $"Replace '{found}' with '{expected}'"), ("match", found), ("expected", expected));
        }
    }
}
