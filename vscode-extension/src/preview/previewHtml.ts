// Pure rendering of `contentlint/preview` into the preview panel's HTML: each channel as a card, thread
// parts numbered with their counts, "…see more" where the platform folds, links as the platform shows
// them, hashtags and mentions highlighted, findings underlined with their message. No `vscode` import:
// unit-tested in node (test/previewHtml.test.ts).
import type { ChannelPreview, PartPreview, PostPreview, PreviewSpan } from '../protocol';
import { english, type Translate } from '../translate';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const isFrench = (language: string) => language.toLowerCase().startsWith('fr');

/** The worst severity of the findings covering a stretch, for its underline's colour. */
function worst(findings: readonly PreviewSpan[]): string {
  const order = ['error', 'warning', 'info', 'hint'];
  return order.find((s) => findings.some((f) => f.severity === s)) ?? 'hint';
}

function findingAttributes(findings: readonly PreviewSpan[]): string {
  if (findings.length === 0) {
    return '';
  }
  const title = [...new Set(findings.map((f) => `${f.message ?? ''} (${f.code ?? ''})`))].join('\n');
  return ` class="finding finding-${worst(findings)}" title="${escapeHtml(title)}"`;
}

/**
 * The HTML of one text from `from` to `to`: plain stretches, entities (a link whole, as the platform
 * shows it) and findings wrapped around what they cover. Findings cut plain text into stretches;
 * an entity is never cut, and is underlined when a finding touches it.
 */
export function renderText(part: PartPreview, from: number, to: number): string {
  const entities = part.spans.filter((s) => s.kind !== 'finding' && s.start >= from && s.end <= to);
  const findings = part.spans.filter((s) => s.kind === 'finding');
  const covering = (start: number, end: number) =>
    findings.filter((f) => (f.start < end && f.end > start) || (f.start === f.end && f.start >= start && f.start < end));
  const cuts = new Set<number>([from, to]);
  for (const f of findings) {
    for (const at of [f.start, f.end]) {
      if (at > from && at < to) cuts.add(at);
    }
  }
  let html = '';
  let at = from;
  while (at < to) {
    const entity = entities.find((e) => e.start === at);
    if (entity) {
      const shown = entity.kind === 'link' && entity.display ? entity.display : part.text.slice(entity.start, entity.end);
      const link = entity.kind === 'link' ? ` data-href="${escapeHtml(part.text.slice(entity.start, entity.end))}"` : '';
      html += `<span class="${entity.kind}"${link}>${wrap(escapeHtml(shown), covering(entity.start, entity.end))}</span>`;
      at = entity.end;
      continue;
    }
    const nextEntity = Math.min(to, ...entities.filter((e) => e.start > at).map((e) => e.start));
    const next = Math.min(nextEntity, ...[...cuts].filter((c) => c > at));
    html += wrap(escapeHtml(part.text.slice(at, next)), covering(at, next));
    at = next;
  }
  return html;
}

function wrap(html: string, findings: readonly PreviewSpan[]): string {
  return findings.length === 0 ? html : `<span${findingAttributes(findings)}>${html}</span>`;
}

/** Where the fold goes: `foldAt`, moved to the end of an entity it would cut (a platform never cuts a link). */
export function foldOffset(part: PartPreview): number | undefined {
  if (part.foldAt === undefined || part.foldAt >= part.text.length) {
    return undefined;
  }
  const cut = part.spans.find((s) => s.kind !== 'finding' && s.start < part.foldAt! && s.end > part.foldAt!);
  return cut ? cut.end : part.foldAt;
}

export function renderPart(part: PartPreview, channel: ChannelPreview, parts: number, t: Translate): string {
  const fold = foldOffset(part);
  const body =
    fold === undefined
      ? `<span class="before-fold">${renderText(part, 0, part.text.length)}</span>`
      : `<span class="before-fold">${renderText(part, 0, fold)}</span><button class="see-more" type="button">${escapeHtml(t('…see more'))}</button><span class="after-fold">${renderText(part, fold, part.text.length)}</span>`;
  const number = part.part !== undefined ? `<span class="part-number">${escapeHtml(t('{0}/{1}', part.part, parts))}</span>` : '';
  const count = `<span class="count${part.overLimit ? ' over' : ''}">${part.overLimit ? '⚠ ' : ''}${part.count}/${channel.limit}</span>`;
  return `<article class="part${part.overLimit ? ' over' : ''}" data-part="${part.part ?? ''}"><header>${number}${count}</header><div class="text">${body}</div></article>`;
}

export function renderChannel(channel: ChannelPreview, language: string, t: Translate): string {
  const name = isFrench(language) ? channel.displayNameFr : channel.displayName;
  const title = channel.variant ? t('{0} (variant)', name) : name;
  const parts = channel.parts.map((p) => renderPart(p, channel, channel.parts.length, t)).join('');
  return `<section class="channel" data-channel="${escapeHtml(channel.channel)}"><h2>${escapeHtml(title)}</h2><p class="counting">${escapeHtml(channel.counting)}</p>${parts}</section>`;
}

/** The panel's body for a preview, or the reason there is none. */
export function renderPreview(preview: PostPreview | null | undefined, language = 'en', t: Translate = english): string {
  if (!preview || preview.channels.length === 0) {
    return `<p class="empty">${escapeHtml(t('No post here: put the cursor in a post (Markdown with channel: in its front matter, or a calendar entry).'))}</p>`;
  }
  return `<h1>${escapeHtml(preview.id)}</h1>${preview.channels.map((c) => renderChannel(c, language, t)).join('')}`;
}
