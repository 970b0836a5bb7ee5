import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { foldOffset, renderPart, renderPreview, renderText } from '../src/preview/previewHtml';
import type { ChannelPreview, PartPreview, PostPreview } from '../src/protocol';
import { fromBundle } from '../src/translate';

function part(text: string, overrides: Partial<PartPreview> = {}): PartPreview {
  return { text, count: text.length, overLimit: false, spans: [], ...overrides };
}

function channel(parts: PartPreview[], overrides: Partial<ChannelPreview> = {}): ChannelPreview {
  return { channel: 'linkedin', displayName: 'LinkedIn', displayNameFr: 'LinkedIn', limit: 3000, fold: 210, variant: false, counting: 'LinkedIn counts…', parts, ...overrides };
}

const strip = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<');
const beforeFold = (html: string) => strip(/<span class="before-fold">(.*?)<\/span><button/s.exec(html)![1]!);

describe('preview rendering', () => {
  it('cuts a LinkedIn post with "…see more" at the fold the server gives, the rest kept hidden', () => {
    const text = 'a'.repeat(250);
    const html = renderPart(part(text, { foldAt: 210 }), channel([]), 1, (m) => m);
    assert.equal(beforeFold(html).length, 210);
    assert.match(html, /<button class="see-more" type="button">…see more<\/button><span class="after-fold">a{40}<\/span>/);
  });

  it('never cuts a link: the fold moves to its end', () => {
    const text = `${'a'.repeat(200)} https://example.com/page rest`;
    const fold = foldOffset(part(text, { foldAt: 210, spans: [{ kind: 'link', start: 201, end: 225 }] }));
    assert.equal(fold, 225);
  });

  it('shows no fold when the text ends before it', () => {
    assert.equal(foldOffset(part('short', { foldAt: 5 })), undefined);
    assert.doesNotMatch(renderPart(part('short'), channel([]), 1, (m) => m), /see-more/);
  });

  it('numbers thread parts with their counts and marks the one over the limit', () => {
    const thread = channel([part('Un', { part: 1, count: 2 }), part('b'.repeat(290), { part: 2, count: 290, overLimit: true })], { channel: 'x', displayName: 'X', displayNameFr: 'X', limit: 280, fold: undefined });
    const html = renderPreview({ uri: 'file:///p.md', version: 1, id: 'fil', channels: [thread] });
    assert.match(html, /<span class="part-number">1\/2<\/span><span class="count">2\/280<\/span>/);
    assert.match(html, /<article class="part over" data-part="2"><header><span class="part-number">2\/2<\/span><span class="count over">⚠ 290\/280<\/span>/);
  });

  it('shows links as the platform shortens them, and highlights hashtags and mentions', () => {
    const text = 'Voir https://www.example.com/a/very/long/path #lancement @marie';
    const html = renderText(part(text, {
      spans: [
        { kind: 'link', start: 5, end: 45, display: 'example.com/a/very/long…' },
        { kind: 'hashtag', start: 46, end: 56 },
        { kind: 'mention', start: 57, end: 63 },
      ],
    }), 0, text.length);
    assert.equal(
      html,
      'Voir <span class="link" data-href="https://www.example.com/a/very/long/path">example.com/a/very/long…</span> <span class="hashtag">#lancement</span> <span class="mention">@marie</span>',
    );
  });

  it('underlines findings with their message, once for findings saying the same thing', () => {
    const text = 'Vraiment?';
    const same = { kind: 'finding' as const, start: 8, end: 9, message: 'Espace avant ?', severity: 'warning' as const, code: 'CL5001' };
    const html = renderText(part(text, { spans: [same, { ...same }] }), 0, text.length);
    assert.equal(html, 'Vraiment<span class="finding finding-warning" title="Espace avant ? (CL5001)">?</span>');
  });

  it('escapes the text: a post is never markup', () => {
    assert.equal(renderText(part('<b>&'), 0, 4), '&lt;b&gt;&amp;');
  });

  it('speaks French with the French bundle and names channels in French', () => {
    const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
    const preview: PostPreview = { uri: 'file:///p.md', version: 1, id: 'p', channels: [channel([part('a'.repeat(220), { foldAt: 210 })], { displayNameFr: 'LinkedIn (fr)' })] };
    const html = renderPreview(preview, 'fr', fromBundle(bundle));
    assert.match(html, /<h2>LinkedIn \(fr\)<\/h2>/);
    assert.match(html, /… voir plus/);
    assert.match(renderPreview(null, 'fr', fromBundle(bundle)), /Aucune publication ici/);
  });
});
