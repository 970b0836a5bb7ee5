/*---
id: ACME001
name: no-competitor
title: Competitor names are not mentioned.
category: brand-voice
severity: warning
message: "Mention of competitor '{name}'"
options:
  competitors: [Globex, Initech]
docs: |
  We talk about our products, not theirs. Rephrase without the competitor's name.
---*/
// Options come from the header with their typed defaults.
var competitors = Options.GetList("competitors");

foreach (var word in Tokens.Words)
{
    if (competitors.Contains(word.Text, StringComparer.OrdinalIgnoreCase))
    {
        Report(word.Span, ("name", word.Text));
    }
}
