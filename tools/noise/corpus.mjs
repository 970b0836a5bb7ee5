// Reads ../shared/corpus records into the posts the noise script checks, and says which posts count for which rule.
import { readFileSync } from "node:fs";

// Rules whose decision rests only on lower-case words, punctuation marks, digits and hashtags: the only ones a
// post can be counted for when an upstream scraper lower-cased it, cut it, dropped its mentions, links and emoji,
// turned its line breaks into a literal "n" and left no trace of its no-break spaces (upstream_normalized; the
// FreeMobilaChat and MLMA records, nearly all French posts). Every other rule (case: CL4001, CL4004; length and
// entities: CL1xxx, CL4007; sentences: CL4008, CL4009; the kind of space: CL5xxx; case-sensitive formats: CL2007,
// CL2011, CL2012) is counted on the posts as written only, and its denominator says so.
export const readableOnScrapedText = new Set([
  "CL2001", "CL2002", "CL2003", "CL2004", "CL2005", "CL2006", "CL2008", "CL2009", "CL2010", "CL2013",
  "CL3006", "CL3008", "CL4002", "CL4003", "CL4005", "CL4006", "CL4010", "CL4011",
]);

// Words frequent in one language and not words of the other (no "la", "que", "qui", "il", shared with Spanish or
// Italian): a record whose language the corpus guessed (lang_method "heuristic…") as French but that holds more
// Spanish or Italian words than French ones, or a ¿ or ¡, is Spanish or Italian (the TWCS replies "¿Cuál es la
// empresa…", "Contatta la nostra Assistenza…") and is left out; a declared language (`source`) is trusted.
const french = new Set(("le les des est et je vous nous pas une du au aux pour avec ce sur mon votre vos elle " +
  "sont ces mais bien bonjour merci notre nos dans").split(" "));
const romance = new Set(("el los las del por para una está esta mi ser como cuando donde hay también porque esto " +
  "eso gracias hola su sus muy pero tus cuál qué di della delle che è sono gli questo questa anche perché molto " +
  "grazie ciao nostra nostro cliccando clicca").split(" "));

/** True when a record the corpus labels French by its heuristic reads as Spanish or Italian. */
export function mislabelledFrench(record) {
  if (record.lang !== "fr" || !String(record.lang_method ?? "").startsWith("heuristic")) return false;
  if (/[¿¡]/u.test(record.text)) return true;
  let fr = 0, other = 0;
  for (const word of record.text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (french.has(word)) fr++;
    else if (romance.has(word)) other++;
  }
  return other > fr;
}

// A persona per account, as a brand would set one per voice (Danone and Freebox are not one voice). A post written
// by a person (a customer, the public; the corpus keeps no handle of theirs) is its own persona of kind employee:
// one person writing in their own name, whose posts are not one voice with a stranger's (CL4011 compares them).
const personaOf = (record, index) => record.role === "brand"
  ? `brand-${String(record.author ?? "unknown").toLowerCase().replace(/[^a-z0-9]+/g, "-")}`
  : `person-${index}`;

/** Loads the records of the given files for the roles asked, English and French only, ids counted once. */
export function loadPosts(files, roles) {
  const posts = new Map();
  const left = { otherLanguage: 0, mislabelled: 0, role: 0 };
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const record = JSON.parse(line);
      if (!roles.includes(record.role ?? "brand")) left.role++;
      else if (record.lang !== "fr" && record.lang !== "en") left.otherLanguage++;
      else if (mislabelledFrench(record)) left.mislabelled++;
      else posts.set(record.id, { ...record, persona: personaOf(record, posts.size), scraped: Boolean(record.upstream_normalized) });
    }
  }
  return { posts, left };
}

/** The contentlint.yaml of the run: every persona the posts use, brands and people. */
export function configFor(posts) {
  const personas = new Set([...posts.values()].map(post => post.persona));
  const lines = ['content: ["*.posts.yaml"]', "personas:"];
  for (const persona of [...personas].sort()) {
    const kind = persona.startsWith("person-") ? "employee" : "brand";
    lines.push(`  ${persona}: {kind: ${kind}, types: [promo, dialogue]}`);
  }
  return lines.join("\n") + "\n";
}
