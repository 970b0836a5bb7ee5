/*---
id: ACME003
name: hashtag-limit
title: Posts use few hashtags.
category: brand-voice
severity: info
message: "{count} hashtags on {channel}; keep at most {max}"
options:
  max: 3
  linkedinMax: 5
---*/
// A static readonly regex is built once per process: the fast way to use a constant pattern.
static readonly Regex CamelCase = new(@"^#\p{Ll}+\p{Lu}", RegexOptions.CultureInvariant);

var max = Channel == "linkedin" ? Options.GetInt("linkedinMax") : Options.GetInt("max");
var tags = Tokens.Hashtags;
if (tags.Count > max)
{
    Report(tags[max].Span, ("count", tags.Count), ("channel", Channel), ("max", max));
}

foreach (var tag in tags.Where(t => CamelCase.IsMatch(t.Text)))
{
    Report(tag.Span, $"Hashtag {tag.Text} mixes cases: screen readers read #CamelCase better");
}
