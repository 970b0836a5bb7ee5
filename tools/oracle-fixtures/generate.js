// Usage: node generate.js [count] [seed] [output]
// Writes JSON lines {text, v3:{...parseTweet}, v2:weightedLength, urls/hashtags/mentions:[[start,end],...], graphemes}.
const fs = require('fs');
const path = require('path');
const twttr = require('twitter-text');

const count = Number(process.argv[2] || 2500);
let seed = Number(process.argv[3] || 20261125);
const output = process.argv[4] || path.join(__dirname, '../../tests/ContentLint.Core.Tests/Channels/Counting/Fixtures/x-oracle.jsonl');

const random = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (list) => list[Math.floor(random() * list.length)];
const cp = (from, to) => String.fromCodePoint(from + Math.floor(random() * (to - from + 1)));

const pieces = [
  ' ', ' ', ' ', '\n', '.', ',', '!', '?', ':', '/', '-', '_', '(', ')', '#', '#', '＃', '@', '@', '＠', 'RT @', '/list-x', '&', '\'', '"', '$', '%', '=', '+', '~', '|',
  'http://', 'https://', 'HTTPS://', 'www.', 'example', '.com', '.co', '.jp', '.co.uk', '.tv', '.xyz', '.museum', '.中国', '.рф', '.한국',
  't.co/', 'bit.ly/', 'xn--', 'abc', 'Foo', 'test', 'path', '/a/b', '?q=1&x=y', '#frag', ':8080', 'user@', 'name.al-lastname',
  'über', 'é', 'e\u0301', 'E\u0301', 'a\u030A', '\u1100\u1161', '\u1100\u1161\u11A8', 'ﬁ', 'Å', '\u212B', 'Ω', '\u2126',
  '日本語', 'テスト', '中国', '한국어', 'Русский', 'مرحبا', 'עברית', 'ภาษาไทย', 'हिन्दी', 'द्द',
  '\u200E', '\u200F', '\u202A', '\u202C', '\u2066', '\u2069', '\u061C', '\u00A0', '\u202F', '\u2009', '\u3000', '\u200B', '\u200D',
  '\uFE0F', '\uFE0E', '\u20E3', '\uFFFE', '\uFEFF', '\uFFFF', '\uD83D', '\uDE00',
  '#️⃣', '1️⃣', '1⃣', '*⃣', '©', '©️', '®', '™️', '♟', '☺', '☺️', '☺︎', '❤', '❤️', '❤︎', '⌚', '⌚️', '♾', '♾️', '‼', '⁉️',
  '😀', '😀️', '👍', '👍🏽', '👍🏿', '☝', '☝🏽', '☝️🏽', '⛷🏽', '🏽', '👩‍👩‍👧‍👦', '👨‍⚕️', '👨‍⚕', '👩🏾‍💻', '🏃‍♀️', '🏃🏽‍♂️', '🕵️‍♀️',
  '🏳️‍🌈', '🏴‍☠️', '👁‍🗨', '👁️‍🗨️', '🇫🇷', '🇺🇸', '🇦🇦', '🇫', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '🏴󠁧󠁢', '🧑‍🤝‍🧑', '🥱', '🫠', '🫱🏼‍🫲🏽', '🦰', '👨‍🦰', '\uE50A', '🧑‍💻',
];
// Random code points from newer blocks are left out of the grapheme comparison: .NET's Unicode
// tables lag ICU's (Unicode 17 added combining marks and took some symbols out of Extended_Pictographic).
let graphemeSafe = true;
const randomPiece = () => {
  const r = random();
  if (r < 0.55) return pick(pieces);
  if (r < 0.65) return cp(0x20, 0x7e);
  if (r < 0.96 && !(r >= 0.92 && r < 0.96)) graphemeSafe = false;
  if (r < 0.72) return cp(0xa0, 0x2fff);
  if (r < 0.78) return cp(0x3000, 0xd7ff);
  if (r < 0.88) return cp(0x1f000, 0x1faff);
  if (r < 0.92) return cp(0x2000, 0x2bff);
  if (r < 0.96) return 'abcdefghijklmnopqrstuvwxyz'.slice(0, 1 + Math.floor(random() * 12));
  return cp(0xe000, 0xffff);
};

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const isWellFormed = (s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const lines = [];
for (let i = 0; i < count; i++) {
  let text = '';
  graphemeSafe = true;
  const n = 1 + Math.floor(random() * (random() < 0.05 ? 120 : 20));
  for (let k = 0; k < n; k++) text += randomPiece();
  const v3 = twttr.parseTweet(text, twttr.configs.version3);
  const v2 = twttr.parseTweet(text, twttr.configs.version2);
  const urls = twttr.extractUrlsWithIndices(text).map((u) => u.indices);
  const hashtags = twttr.extractHashtagsWithIndices(text).map((h) => h.indices);
  const mentions = twttr.extractMentionsOrListsWithIndices(text).map((m) => m.indices);
  const graphemes = graphemeSafe && isWellFormed(text) ? [...segmenter.segment(text)].length : -1;
  lines.push(JSON.stringify({ text, v3, v2: v2.weightedLength, urls, hashtags, mentions, graphemes }));
}
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, lines.join('\n') + '\n');
console.log(`${count} cases written to ${output} (node ${process.version}, ICU ${process.versions.icu})`);
