/*---
id: CL4009
name: readability
title: Posts are easy enough to read for the persona's audience.
category: brand-voice
severity: info
level: post
message: "Reading ease {score} ({formula}) is below the target of {target} ({source})"
locales:
  fr:
    title: "Les publications sont assez faciles à lire pour le public du persona."
    message: "Facilité de lecture {score} ({formula}) sous la cible de {target} ({source})"
options:
  minScore:
    type: number
    default: 30
    doc: "Lowest reading ease for a post whose persona sets no minReadability."
  minWords:
    type: integer
    default: 30
    min: 1
    doc: "Texts of fewer words are not scored."
docs: |
  Long sentences of long words lose readers. The rule scores English posts with the Flesch
  reading ease and French posts with its French adaptation by Kandel and Moles (1958):

  - Flesch (`lang: en`): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word;
  - Kandel–Moles (`lang: fr`): 207 − 1.015 × words per sentence − 73.6 × syllables per word.

  Higher is easier: 90–100 very easy, 60–70 plain language (most newspapers), 30–50 difficult,
  below 30 very difficult (academic prose). The target is the persona's `minReadability`; a post
  without a persona, or whose persona sets none, is held to 30 (the `minScore` option), so only
  very difficult text is reported by default.

  ```yaml
  personas:
    brand:
      minReadability: 60
  ```

  The post's parts are scored together (a thread is read as a whole), and each channel variant on
  its own. Texts under 30 words (the `minWords` option) are not scored: the formulas mean nothing
  on a one-liner. Sentences are split as for CL4008; words are what a reader counts (hashtags,
  mentions, links, emoji and code are not words). Syllables are counted from vowel groups with
  each language's silent endings (English `make`, `wanted`; French mute `e`: `table`, `journée`);
  the count is an estimate, off by one on some words. Posts in other languages, or without `lang:`,
  are not scored. The finding is on the first sentence and gives the score and the target.

  **Fix**: shorter sentences (one idea each) and shorter, everyday words. There is no automatic
  fix. To accept one post (a technical announcement), suppress it with a reason:
  `<!-- contentlint-disable-next-line CL4009 -- technical release note -->`.
---*/
using System.Globalization;
using ContentLint.Core.Scripting.Api.Prose;

// English posts are scored with Flesch, French ones with Kandel–Moles, against the persona's
// minReadability, else minScore. The post's parts are scored together, each channel variant on its
// own; the finding is on the first sentence.
if (Post.Channels.IsEmpty || PostLanguage.Primary(Post) is not { } lang || Readability.Formula(lang) is not { } formula)
{
    return;
}

var persona = Post.Persona is { } name ? Policy.Personas.GetValueOrDefault(name.Value) : null;
var (target, source) = persona?.MinReadability is { } set
    ? (set, (object)$"personas.{persona.Name}.minReadability")
    : (Options.GetDouble("minScore"), Say("default", "par défaut"));
var minWords = Options.GetInt("minWords");
foreach (var texts in new[] { Post.Parts }.Concat(Post.Variants.Select(v => v.Parts)))
{
    var sentences = new List<IReadOnlyList<string>>();
    (MappedText Text, TextSpan Span)? anchor = null;
    foreach (var text in texts)
    {
        var prose = ProseText.Of(text);
        foreach (var (sentence, words) in Sentences.WithWords(Sentences.Split(prose, lang), prose.CountedWords.ToList()))
        {
            if (words.Count > 0)
            {
                sentences.Add([.. words.Select(w => w.Text)]);
                anchor ??= (text, sentence);
            }
        }
    }

    var count = sentences.Sum(s => s.Count);
    if (anchor is { } at && count >= minWords && Readability.Score(sentences, lang) is var score && score < target)
    {
        Report(at.Text, at.Span, ("score", Format(score)), ("formula", formula), ("target", Format(target)), ("source", source), ("words", count));
    }
}

static string Format(double value) => value.ToString("0", CultureInfo.InvariantCulture);
