// Pure formatting of the status-bar counter: which post texts are "under the cursor", the text
// (`X 243/280`), the colour level and the tooltip. No `vscode` import, so it is unit-tested in node.
import type { Position, PostStat, Range } from './protocol';
import { english, type Translate } from './translate';

export type CounterLevel = 'ok' | 'warning' | 'error';

/** From this share of the limit on, the counter turns to the warning colour. */
export const NEAR_LIMIT_RATIO = 0.9;

/**
 * How a channel is named in the counter: the display name the server sends (the platform's own
 * spelling, from its channels data; a configured channel's name as written), in French when the
 * editor's display language is French.
 */
export function channelLabel(stat: PostStat, language = 'en'): string {
  return language.toLowerCase().startsWith('fr') ? stat.displayNameFr : stat.displayName;
}

/** `warning` from {@link NEAR_LIMIT_RATIO} of the limit (characters or bytes), `error` over it. */
export function levelOf(stat: PostStat): CounterLevel {
  const bytesOver = stat.byteLimit !== undefined && stat.bytes !== undefined && stat.bytes > stat.byteLimit;
  if (stat.overLimit || stat.count > stat.limit || bytesOver) {
    return 'error';
  }
  const near = (count: number, limit: number) => limit > 0 && count >= Math.ceil(limit * NEAR_LIMIT_RATIO);
  if (near(stat.count, stat.limit) || (stat.byteLimit !== undefined && stat.bytes !== undefined && near(stat.bytes, stat.byteLimit))) {
    return 'warning';
  }
  return 'ok';
}

/** The worst level of several texts. */
export function worstLevel(stats: readonly PostStat[]): CounterLevel {
  const levels = stats.map(levelOf);
  return levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : 'ok';
}

function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Lines between the cursor and a range: 0 inside, negative when the range is above the cursor. */
function lineDistance(range: Range, position: Position): number {
  if (contains(range, position)) {
    return 0;
  }
  return comparePositions(position, range.start) < 0 ? range.start.line - position.line : -(position.line - range.end.line);
}

/**
 * The texts the counter shows for a cursor: those whose range holds it; else the nearest text by
 * lines (a tie goes to the text below, since a calendar entry's fields usually precede its text, and
 * a Markdown post's front matter precedes its body). Every channel of that text is returned.
 */
export function statsAt(posts: readonly PostStat[], cursor: Position): PostStat[] {
  if (posts.length === 0) {
    return [];
  }
  let best: PostStat | undefined;
  let bestKey = Number.POSITIVE_INFINITY;
  for (const stat of posts) {
    const distance = lineDistance(stat.range, cursor);
    // Below the cursor (positive) wins a tie against above (negative): key 2d for below, 2d+1 for above.
    const key = distance === 0 ? -1 : distance > 0 ? 2 * distance : -2 * distance + 1;
    if (key < bestKey) {
      best = stat;
      bestKey = key;
    }
  }
  return posts.filter((stat) => sameRange(stat.range, best!.range));
}

/** `X 243/280`. */
export function formatStat(stat: PostStat, language = 'en'): string {
  return `${channelLabel(stat, language)} ${stat.count}/${stat.limit}`;
}

function partsOf(stat: PostStat, all: readonly PostStat[]): number {
  return all.filter((s) => s.id === stat.id && s.channel === stat.channel && !!s.variant === !!stat.variant && s.part !== undefined).length;
}

export interface Counter {
  /** Status-bar text, with a `$(warning)`/`$(error)` icon when near or over the limit (colour is not the only signal). */
  text: string;
  level: CounterLevel;
  /** Markdown tooltip: per channel the count, the limit, what is left or over, and the counting method. */
  tooltip: string;
}

/**
 * The counter for the texts under the cursor (see {@link statsAt}); `all` is every text of the
 * document, to number thread parts (`part 2/3`); `language` is the editor's display language (VS
 * Code's `env.language`), which picks the channels' names; `t` translates the extension's own words.
 * Undefined when there is nothing to show.
 */
export function formatCounter(stats: readonly PostStat[], all: readonly PostStat[] = stats, language = 'en', t: Translate = english): Counter | undefined {
  if (stats.length === 0) {
    return undefined;
  }
  const level = worstLevel(stats);
  const first = stats[0]!;
  const parts = first.part !== undefined ? partsOf(first, all) : 0;
  const suffix = first.part !== undefined ? ` · ${t('part {0}/{1}', first.part, Math.max(parts, first.part))}` : '';
  const icon = level === 'error' ? '$(error) ' : level === 'warning' ? '$(warning) ' : '';
  const text = `${icon}${stats.map((stat) => formatStat(stat, language)).join(' · ')}${suffix}`;

  const heading = `**${escapeMarkdown(first.id)}**${first.variant ? ` ${t('(variant)')}` : ''}${suffix}`;
  const lines = stats.map((stat) => `- ${tooltipLine(stat, language, t)}`);
  return { text, level, tooltip: [heading, '', ...lines].join('\n') };
}

/**
 * `**X**: 281/280 (1 over). X counts every link as 23 characters…`: the count, then how the platform
 * counts in the server's plain words (from its channels data, in the display language), falling back
 * to the method's name from an older server.
 */
function tooltipLine(stat: PostStat, language: string, t: Translate): string {
  const left = stat.limit - stat.count;
  const status = left < 0 ? t('{0} over', -left) : t('{0} left', left);
  let line = t('**{0}**: {1}/{2} ({3}).', channelLabel(stat, language), stat.count, stat.limit, status);
  if (stat.bytes !== undefined && stat.byteLimit !== undefined) {
    line += ' ' + t('{0}/{1} bytes.', stat.bytes, stat.byteLimit);
  }
  return `${line} ${escapeMarkdown(stat.counting ?? t('Counted as {0}.', stat.method))}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
