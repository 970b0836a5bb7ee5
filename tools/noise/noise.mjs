// Findings per 1,000 real posts, per rule and language, read from the real CLI's JSON output.
// usage: node tools/noise/noise.mjs [--sample RULE[,RULE] [--count 20] [--seed 1]] [--roles brand,customer,public]
//        corpus.jsonl...
// Each post becomes one entry of a calendar (channel x; the persona of its account, or one of its own for a person;
// type from the record when it has one, and reply_to when the record answers another post). Posts whose text an
// upstream scraper lower-cased and stripped (upstream_normalized) count only for the rules that scraping cannot
// mislead (corpus.mjs says which and why); the table gives each rule's denominator. Ids repeated count once.
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPosts, configFor, readableOnScrapedText } from "./corpus.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const sampleRules = (option("--sample", "") || "").split(",").filter(Boolean);
const sampleCount = Number(option("--count", "20"));
let seed = Number(option("--seed", "1"));
const roles = option("--roles", "brand,customer,public").split(",");
const cli = option("--cli", "src/ContentLint.Cli/bin/Debug/net10.0/contentlint.dll");
if (args.length === 0) throw new Error("give at least one .jsonl file of posts");

const { posts, left } = loadPosts(args, roles);
const dir = mkdtempSync(join(tmpdir(), "contentlint-noise-"));
const ids = new Map();
try {
  writeFileSync(join(dir, "contentlint.yaml"), configFor(posts));
  for (const lang of ["en", "fr"]) {
    const lines = ["defaults: {channel: x}", "posts:"];
    for (const post of posts.values()) {
      if (post.lang !== lang) continue;
      const id = `p${ids.size}`;
      ids.set(id, post);
      lines.push(`  - id: ${id}`, `    lang: ${lang}`, `    persona: ${post.persona}`);
      if (post.type) lines.push(`    type: ${post.type}`);
      // A reply as published: X does not count its leading @mentions (CL1002, CL1007).
      if (post.in_reply_to) lines.push(`    reply_to: ${JSON.stringify(String(post.in_reply_to))}`);
      lines.push(`    text: ${JSON.stringify(post.text)}`);
    }
    writeFileSync(join(dir, `${lang}.posts.yaml`), lines.join("\n") + "\n");
  }
  let output;
  try {
    output = execFileSync("dotnet", [cli, "check", dir, "--format", "json"], { maxBuffer: 1 << 30, encoding: "utf8" });
  } catch (failure) {
    // Findings make the exit code non-zero; the report is still on standard output.
    if (!failure.stdout) throw failure;
    output = failure.stdout;
  }
  report(JSON.parse(output));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Per rule and column (English; French; French posts of brands alone), findings per 1,000 of the posts that
// count for the rule: all of them, or only those as written when scraping could mislead the rule.
function report(document) {
  const columns = [["en", () => true], ["fr", () => true], ["fr", post => post.role === "brand"]];
  const counted = (rule, post) => !post.scraped || readableOnScrapedText.has(rule);
  const inColumn = ([lang, keep], post) => post.lang === lang && keep(post);
  const denominator = (rule, column) => [...ids.values()].filter(post => inColumn(column, post) && counted(rule, post)).length;
  const counts = new Map();
  const byRule = new Map();
  for (const finding of document.findings) {
    const post = ids.get(finding.postId);
    if (!post || !counted(finding.ruleId, post)) continue;
    const key = finding.ruleId;
    const row = counts.get(key) ?? { name: finding.ruleName, found: columns.map(() => 0) };
    columns.forEach((column, at) => { if (inColumn(column, post)) row.found[at]++; });
    counts.set(key, row);
    if (!byRule.has(key)) byRule.set(key, []);
    byRule.get(key).push({ finding, post });
  }
  const all = [...ids.values()];
  const tally = keep => `${all.filter(keep).length} (${all.filter(post => keep(post) && !post.scraped).length} as written)`;
  console.log(`posts: en ${tally(post => post.lang === "en")}, fr ${tally(post => post.lang === "fr")}, of which by ` +
    `brands ${tally(post => post.lang === "fr" && post.role === "brand")}; left out: ${left.role} of other roles, ` +
    `${left.otherLanguage} in other languages, ${left.mislabelled} labelled French that read as Spanish or Italian`);
  console.log("| rule | name | en per 1,000 | fr per 1,000 | fr brands per 1,000 | posts counted (en / fr / fr brands) |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const [rule, row] of [...counts].sort()) {
    const sizes = columns.map(column => denominator(rule, column));
    const per = row.found.map((found, at) => (sizes[at] ? (1000 * found / sizes[at]).toFixed(1) : "-"));
    console.log(`| ${rule} | ${row.name} | ${per.join(" | ")} | ${sizes.join(" / ")} |`);
  }
  for (const spec of sampleRules) printSample(spec, byRule.get(spec.split(":")[0]) ?? []);
}

// A seeded shuffle, so that a review can be reproduced and checked.
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

// `RULE` draws among all its findings, `RULE:fr` (or `:en`) among those of one language.
function printSample(spec, findings) {
  const lang = spec.split(":")[1];
  const picked = lang ? findings.filter(({ post }) => post.lang === lang) : [...findings];
  for (let i = picked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [picked[i], picked[j]] = [picked[j], picked[i]];
  }
  console.log(`\n## ${spec}: ${Math.min(sampleCount, picked.length)} of ${picked.length} findings`);
  for (const { finding, post } of picked.slice(0, sampleCount)) {
    console.log(`- ${post.id} [${post.lang}, ${post.persona}${post.scraped ? ", scraped" : ""}] ${finding.message}`);
    console.log(`  > ${post.text.replace(/\s+/g, " ")}`);
  }
}
