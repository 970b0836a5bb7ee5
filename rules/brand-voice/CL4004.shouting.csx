/*---
id: CL4004
name: shouting
title: Words are not written in capitals, except acronyms.
category: brand-voice
severity: warning
level: post
message: "'{match}' is written in capitals, which reads as shouting"
locales:
  fr:
    title: "Les mots ne sont pas écrits en capitales, sauf les sigles."
    message: "« {match} » est écrit en capitales, ce qui se lit comme un cri"
docs: |
  Capitals read as shouting, are harder to read (word shapes disappear) and screen readers may
  spell them out letter by letter. The rule reports words of three letters or more written in
  capitals, one finding per run of consecutive words (`GRANDE VENTE CE WEEKEND` is one finding).

  Not reported: acronyms — about 900 shipped: those of two maintained spelling lexicons, SCOWL's
  English (`FDIC`, `NASCAR`, `UNESCO`, `HIV`) and Grammalecte's French (`GIEC`, `ONERA`, `URSSAF`),
  less any whose lower-case form is a word (`CARE`, `PRO` may be shouts), plus a project list of
  business, administration and web acronyms (`CEO`, `PME`, `RGPD`, `API`, `PDF`… and company names
  written in capitals such as `IBM`, `LVMH`, `AXA`) — and your own under `voice.acronyms`; words in capitals
  without a vowel, which cannot be read as words (`HTML`, `CQFD`, `KPMG`, `RTL`); Roman numerals
  (`Louis XIV`); words with digits (`MP3`, `B2B`, `RTX4090`: references, not shouting); words of
  one or two letters; a word of four letters or fewer in capitals standing alone (not in a run of
  capitals): on real brand posts these are acronyms and tickers no list can hold (`FDA`, `HIV`, `CET`,
  `NYC`, `PFE`, `NAN`), 0 of 20 were shouting — `SOLDES MAINTENANT`, `BUY NOW` and the short words of
  emphasis shouted alone (`Order NOW`, `FREE`, `VITE`, `TOP`) still are; stock
  tickers (`$TSLA`, `NYSE:PFE`) and support agents' signature initials (`*TAS`, `^FEM`, `~JB`, `-JB`
  ending a line); a name marked registered (`BOSULIF®`, `DUAVEE™`); codes of short parts standing
  alone (`MAA-AKL`, an airport pair); a single word in capitals right next to a capitalised word, the French way
  of writing surnames and brands (`Pierre-André TERISSE`, `DUPONT Marie`, `le Groupe ADEO`);
  scripts without capitals (Arabic, Japanese); links, hashtags, mentions and code.

  ```yaml
  voice:
    acronyms: [ACME, CNAM, OPCO]
  ```

  **Fix**: write the words in lower case; use bold (where the channel has it) or a better word
  for emphasis. For a run of two shouting words or more, the quick fix rewrites it in sentence
  case: a capital where the run starts a sentence, acronyms kept, and a word the post writes
  elsewhere with a capital in mid-sentence (a name such as *Paris*) keeps its capital. A single
  word gets no automatic fix, as it may be a name or an acronym the rule does not know: add it to
  `voice.acronyms`, or suppress the line with a reason:
  `<!-- contentlint-disable-next-line CL4004 -- brand name written in capitals -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;

// One finding per run of words in capitals that holds a shouting word (not an acronym, not a Roman
// numeral). A lone shouting word next to a capitalised word is a name (DUPONT Marie), a lone one of four
// letters or fewer an acronym no list holds, tickers and signature initials are not words: not reported.
if (Post.Channels.IsEmpty)
{
    return;
}

var acronyms = KnownAcronyms.Of(Policy);
foreach (var text in Post.AllTexts)
{
    var words = ProseText.Of(text).Words.Where(w => !text.IsInCode(w.Span) && !CapitalRuns.IsTickerOrInitials(text.Text, w)).ToList();
    var index = words.Select((w, i) => (w.Span.Start, i)).ToDictionary(p => p.Start, p => p.i);
    HashSet<string>? names = null;
    foreach (var run in CapitalRuns.Find(text.Text, words))
    {
        var shouting = run.Where(w => CapitalRuns.IsShouting(w.Text, acronyms)).ToList();
        // Alone, a short word in capitals is an acronym more often than a shout (FDA, NYC, PFE).
        if (shouting.Count == 0 || (shouting.Count == 1 && (CapitalRuns.IsFewLetters(shouting[0].Text) || CapitalRuns.StandsNextToName(text.Text, words, index[shouting[0].Span.Start]))))
        {
            continue;
        }

        // The run's edges lose acronyms ("PME", "TV"), not the short words of the phrase ("À", "IT").
        var first = run.FindIndex(w => !IsEdgeAcronym(w.Text));
        var last = run.FindLastIndex(w => !IsEdgeAcronym(w.Text));
        var span = TextSpan.FromBounds(run[first].Span.Start, run[last].Span.End);

        // A single word may be a name or an acronym the rule does not know: no fix for it.
        var fix = shouting.Count < 2 ? null
            : Fix(span, SentenceCase.Apply(text.Text, span, run.GetRange(first, last - first + 1), acronyms, names ??= SentenceCase.Names(text.Text, words)), "Write in sentence case");
        Report(text, span, fix, ("match", text.Text.Substring(span.Start, span.Length)));
    }
}

bool IsEdgeAcronym(string word) =>
    word.Count(char.IsLetter) < 3 ? !SentenceCase.IsCommonShortWord(word) : !CapitalRuns.IsShouting(word, acronyms);
