// Findings per 1,000 real posts, per rule and language, read from the real CLI's JSON output.
// usage: node tools/noise/noise.mjs [--sample RULE[,RULE] [--count 20] [--seed 1]] [--roles brand] corpus.jsonl...
// Each post becomes one entry of a calendar (channel x; persona and type from the record when it has them, and
// reply_to when the record answers another post);
// posts whose text an upstream scraper lower-cased and stripped (upstream_normalized) are left out, since
// typography and voice rules would read the scraper, not the writer. Ids repeated across files count once.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
const roles = option("--roles", "brand").split(",");
const cli = option("--cli", "src/ContentLint.Cli/bin/Debug/net10.0/contentlint.dll");
if (args.length === 0) throw new Error("give at least one .jsonl file of posts");

const posts = new Map();
for (const file of args) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (record.upstream_normalized || !roles.includes(record.role ?? "brand")) continue;
    if (record.lang !== "fr" && record.lang !== "en") continue;
    posts.set(record.id, record);
  }
}

const dir = mkdtempSync(join(tmpdir(), "contentlint-noise-"));
const ids = new Map();
try {
  writeFileSync(join(dir, "contentlint.yaml"), [
    'content: ["*.posts.yaml"]',
    "personas:",
    "  brand: {kind: brand, types: [promo, dialogue]}",
    "  support: {kind: support, types: [dialogue]}",
    "",
  ].join("\n"));
  for (const lang of ["en", "fr"]) {
    const lines = ["defaults: {channel: x, persona: brand}", "posts:"];
    for (const post of posts.values()) {
      if (post.lang !== lang) continue;
      const id = `p${ids.size}`;
      ids.set(id, post);
      lines.push(`  - id: ${id}`, `    lang: ${lang}`);
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

function report(document) {
  const totals = { en: 0, fr: 0 };
  for (const post of ids.values()) totals[post.lang]++;
  const counts = new Map();
  const byRule = new Map();
  for (const finding of document.findings) {
    const post = ids.get(finding.postId);
    if (!post) continue;
    const key = finding.ruleId;
    const row = counts.get(key) ?? { name: finding.ruleName, en: 0, fr: 0 };
    row[post.lang]++;
    counts.set(key, row);
    if (!byRule.has(key)) byRule.set(key, []);
    byRule.get(key).push({ finding, post });
  }
  console.log(`posts: en ${totals.en}, fr ${totals.fr}`);
  console.log("| rule | name | en per 1,000 | fr per 1,000 |");
  console.log("| --- | --- | ---: | ---: |");
  for (const [rule, row] of [...counts].sort()) {
    const per = lang => (totals[lang] ? (1000 * row[lang] / totals[lang]).toFixed(1) : "-");
    console.log(`| ${rule} | ${row.name} | ${per("en")} | ${per("fr")} |`);
  }
  for (const rule of sampleRules) printSample(rule, byRule.get(rule) ?? []);
}

// A seeded shuffle, so that a review can be reproduced and checked.
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

function printSample(rule, findings) {
  const picked = [...findings];
  for (let i = picked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [picked[i], picked[j]] = [picked[j], picked[i]];
  }
  console.log(`\n## ${rule}: ${Math.min(sampleCount, picked.length)} of ${findings.length} findings`);
  for (const { finding, post } of picked.slice(0, sampleCount)) {
    console.log(`- ${post.id} [${post.lang}] ${finding.message}`);
    console.log(`  > ${post.text.replace(/\s+/g, " ")}`);
  }
}
