import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { channelLabel, formatCounter, formatStat, levelOf, NEAR_LIMIT_RATIO, statsAt } from '../src/counterFormat';
import type { PostStat } from '../src/protocol';
import { fromBundle } from '../src/translate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const X_METHOD = 'X weighted length (twitter-text v3)';

function stat(overrides: Partial<PostStat> = {}): PostStat {
  const displayName = overrides.displayName ?? 'X';
  return {
    id: 'post',
    range: { start: { line: 7, character: 0 }, end: { line: 9, character: 40 } },
    channel: 'x',
    displayName,
    displayNameFr: displayName,
    count: 243,
    limit: 280,
    method: X_METHOD,
    overLimit: false,
    ...overrides,
  };
}

function range(startLine: number, endLine: number) {
  return { start: { line: startLine, character: 4 }, end: { line: endLine, character: 20 } };
}

describe('counter text', () => {
  it('reads like the platform: X 243/280', () => {
    assert.equal(formatStat(stat()), 'X 243/280');
    assert.equal(formatCounter([stat()])!.text, 'X 243/280');
  });

  it('names channels as the server sends them, in French when the editor is in French', () => {
    const intranet = stat({ channel: 'intranet', displayName: 'Intranet', displayNameFr: 'Intranet (fr)' });
    assert.equal(channelLabel(intranet), 'Intranet');
    assert.equal(channelLabel(intranet, 'en-gb'), 'Intranet');
    assert.equal(channelLabel(intranet, 'fr'), 'Intranet (fr)');
    assert.equal(channelLabel(intranet, 'fr-CA'), 'Intranet (fr)');
    assert.equal(formatCounter([intranet], [intranet], 'fr')!.text, 'Intranet (fr) 243/280');
    assert.match(formatCounter([intranet], [intranet], 'fr')!.tooltip, /\*\*Intranet \(fr\)\*\*/);
  });

  it('joins the channels of one text', () => {
    const counter = formatCounter([stat({ count: 97 }), stat({ channel: 'mastodon', displayName: 'Mastodon', count: 120, limit: 1000, method: 'characters, URLs as 23' })]);
    assert.equal(counter!.text, 'X 97/280 · Mastodon 120/1000');
  });

  it('numbers thread parts among the parts of the same post and channel', () => {
    const parts = [1, 2, 3].map((part) => stat({ channel: 'threads', displayName: 'Threads', limit: 500, count: 40 + part, part, range: range(part * 2, part * 2) }));
    const counter = formatCounter([parts[1]!], parts);
    assert.equal(counter!.text, 'Threads 42/500 · part 2/3');
  });

  it('shows nothing without a text', () => {
    assert.equal(formatCounter([]), undefined);
  });
});

describe('counter colour', () => {
  it('is plain under the warning zone', () => {
    assert.equal(levelOf(stat({ count: Math.ceil(280 * NEAR_LIMIT_RATIO) - 1 })), 'ok');
  });

  it('turns to warning near the limit and at the limit', () => {
    assert.equal(levelOf(stat({ count: Math.ceil(280 * NEAR_LIMIT_RATIO) })), 'warning');
    assert.equal(levelOf(stat({ count: 280 })), 'warning');
  });

  it('turns to error over the limit, with the error icon (colour is not the only signal)', () => {
    const over = stat({ count: 281, overLimit: true });
    assert.equal(levelOf(over), 'error');
    const counter = formatCounter([over])!;
    assert.equal(counter.level, 'error');
    assert.equal(counter.text, '$(error) X 281/280');
  });

  it('trusts the server when it says over the limit', () => {
    assert.equal(levelOf(stat({ count: 10, overLimit: true })), 'error');
  });

  it('counts UTF-8 bytes where the channel limits them', () => {
    assert.equal(levelOf(stat({ channel: 'bluesky', displayName: 'Bluesky', count: 100, limit: 300, bytes: 2800, byteLimit: 3000 })), 'warning');
    assert.equal(levelOf(stat({ channel: 'bluesky', displayName: 'Bluesky', count: 100, limit: 300, bytes: 3001, byteLimit: 3000 })), 'error');
  });

  it('takes the worst channel of a text', () => {
    const counter = formatCounter([stat({ count: 100 }), stat({ channel: 'bluesky', displayName: 'Bluesky', count: 290, limit: 300 })])!;
    assert.equal(counter.level, 'warning');
    assert.equal(counter.text, '$(warning) X 100/280 · Bluesky 290/300');
  });
});

describe('counter tooltip', () => {
  it('gives the counting method and what is left or over', () => {
    const tooltip = formatCounter([stat({ id: '2026-12-10-launch-x', count: 281, overLimit: true })])!.tooltip;
    assert.match(tooltip, /X weighted length \\\(twitter\\-text v3\\\)/);
    assert.match(tooltip, /281\/280 \(1 over\)/);
    assert.match(tooltip, /2026\\-12\\-10\\-launch\\-x/);
    assert.match(formatCounter([stat()])!.tooltip, /37 left/);
  });

  it('adds bytes where the channel limits them', () => {
    assert.match(formatCounter([stat({ channel: 'bluesky', displayName: 'Bluesky', bytes: 305, byteLimit: 3000 })])!.tooltip, /305\/3000 bytes\./);
  });
});

describe('post under the cursor', () => {
  const first = stat({ id: 'first', range: range(5, 7) });
  const secondX = stat({ id: 'second', range: range(12, 13) });
  const secondMastodon = stat({ id: 'second', channel: 'mastodon', displayName: 'Mastodon', limit: 500, range: range(12, 13) });
  const posts = [first, secondX, secondMastodon];

  it('is the text holding the cursor, with all its channels', () => {
    assert.deepEqual(statsAt(posts, { line: 12, character: 10 }), [secondX, secondMastodon]);
    assert.deepEqual(statsAt(posts, { line: 6, character: 0 }), [first]);
  });

  it('counts the range ends as inside', () => {
    assert.deepEqual(statsAt(posts, { line: 7, character: 20 }), [first]);
    assert.deepEqual(statsAt(posts, { line: 5, character: 4 }), [first]);
  });

  it('is the nearest text when the cursor is between texts, the one below on a tie', () => {
    assert.deepEqual(statsAt(posts, { line: 8, character: 0 }), [first]);
    assert.deepEqual(statsAt(posts, { line: 11, character: 0 }), [secondX, secondMastodon]);
    // Line 9.5: 2 lines below `first`, 3 above `second` → first; line 10: 3 and 2 → second.
    assert.deepEqual(statsAt(posts, { line: 9, character: 0 }), [first]);
    assert.deepEqual(statsAt(posts, { line: 10, character: 0 }), [secondX, secondMastodon]);
    const tie = [stat({ id: 'a', range: range(1, 1) }), stat({ id: 'b', range: range(5, 5) })];
    assert.equal(statsAt(tie, { line: 3, character: 0 })[0]!.id, 'b');
  });

  it('is the body of a Markdown post when the cursor is in its front matter', () => {
    const body = stat({ range: range(7, 9) });
    assert.deepEqual(statsAt([body], { line: 1, character: 3 }), [body]);
  });

  it('is nothing in a document without texts', () => {
    assert.deepEqual(statsAt([], { line: 0, character: 0 }), []);
  });
});

describe('counter tooltip in plain words', () => {
  const x = 'X counts every link as 23 characters, most emoji as 2 and Chinese, Japanese or Korean characters as 2.';
  const linkedIn = 'LinkedIn counts each letter as 1 and most emoji as 2 (a flag as 4); links count in full. After 210 characters, the post is folded behind "…see more".';

  it('says how each channel counts in the words the server sends, never the method name', () => {
    const tooltip = formatCounter([stat({ counting: x }), stat({ channel: 'linkedin', displayName: 'LinkedIn', limit: 3000, counting: linkedIn })])!.tooltip;
    assert.match(tooltip, /\*\*X\*\*: 243\/280 \(37 left\)\. X counts every link as 23 characters, most emoji as 2/);
    assert.match(tooltip, /\*\*LinkedIn\*\*: 243\/3000 \(2757 left\)\. LinkedIn counts each letter as 1 and most emoji as 2/);
    assert.match(tooltip, /After 210 characters, the post is folded behind "…see more"/);
    assert.doesNotMatch(tooltip, /twitter|UTF|code unit/i);
  });

  it('is French with the French bundle: counts, parts and what is over', () => {
    const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
    const parts = [1, 2].map((part) => stat({ count: 281 - part + 1, overLimit: part === 1, part, range: range(part * 2, part * 2), counting: 'X compte chaque lien pour 23 caractères.' }));
    const counter = formatCounter([parts[0]!], parts, 'fr', fromBundle(bundle))!;
    assert.equal(counter.text, '$(error) X 281/280 · partie 1/2');
    assert.match(counter.tooltip, /\*\*X\*\* : 281\/280 \(1 de trop\)\. X compte chaque lien pour 23 caractères/);
  });
});
