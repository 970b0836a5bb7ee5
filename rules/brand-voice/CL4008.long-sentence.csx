/*---
id: CL4008
name: long-sentence
title: Sentences stay short enough to read on a phone.
category: brand-voice
severity: info
level: post
message: "Sentence of {count} words; at most {max} ({source})"
locales:
  fr:
    title: "Les phrases restent assez courtes pour se lire sur un téléphone."
    message: "Phrase de {count} mots ; {max} au plus ({source})"
options:
  maxWords:
    type: integer
    default: 30
    min: 1
    doc: "Longest sentence, in words, for a post whose persona sets no maxSentenceWords."
docs: |
  A post is read on a phone, between two others: past 25–30 words a sentence is read twice or not
  at all. The rule counts the words of each sentence against the persona's `maxSentenceWords`, or
  30 when the post has no persona or its persona sets none.

  ```yaml
  personas:
    support:
      maxSentenceWords: 20
  ```

  Sentences are split the way the post's language reads them: at `. ! ? …` followed by a space,
  and at every line break (so each list item is a sentence of its own). A dot does not end a
  sentence inside a link (`example.com/a.b`), in a number (`3.5`), after a title or an initial
  (`M. Dupont`, `Mme Leroy`, `Dr. Smith`, `J. K. Rowling`) or an abbreviation that never ends one
  (`cf.`, `vs.`, `e.g.`, `i.e.`), nor after another abbreviation followed by a lower-case word or a
  digit (French `etc.`, `env.`, `janv.`, `ex.`; English `etc.`, `approx.`, `Inc.`, `Jan.`). Words are what a reader counts: an elided article goes with
  its word (`l'équipe` is one word); hashtags, mentions, links, emoji and code are not words.

  **Fix**: split the sentence, or turn an enumeration into a list. There is no automatic fix. To
  keep one long sentence (a legal notice), suppress it with a reason:
  `<!-- contentlint-disable-next-line CL4008 -- legal wording -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;

// The persona's maxSentenceWords, else the maxWords option; sentences are split the way the post's
// language reads them, and words are what a reader counts.
if (Post.Channels.IsEmpty)
{
    return;
}

var persona = Post.Persona is { } name ? Policy.Personas.GetValueOrDefault(name.Value) : null;
var (max, source) = persona?.MaxSentenceWords is { } set
    ? (set, (object)$"personas.{persona.Name}.maxSentenceWords")
    : (Options.GetInt("maxWords"), Say("default", "par défaut"));
var lang = PostLanguage.Primary(Post);
foreach (var text in Post.AllTexts)
{
    var prose = ProseText.Of(text);
    foreach (var (sentence, words) in Sentences.WithWords(Sentences.Split(prose, lang), prose.CountedWords.ToList()))
    {
        if (words.Count > max)
        {
            Report(text, sentence, ("count", words.Count), ("max", max), ("source", source));
        }
    }
}
