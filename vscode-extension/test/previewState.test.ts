// The preview panel's state survives a window reload: what the page saves (through its HTML
// attribute, read back by the browser) is what the serializer reads; anything else is refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { page } from '../src/preview/previewPage';
import { previewState, readPreviewState, stateAttribute } from '../src/preview/previewState';

/** What the webview does: the browser decodes the attribute, the script parses it for `setState`. */
function throughPage(attribute: string): unknown {
  assert.doesNotMatch(attribute, /["<>]/, 'the attribute must not end the quoted value or open a tag');
  const decoded = attribute.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  return JSON.parse(decoded);
}

describe('preview state', () => {
  it('comes back from the page as it was saved', () => {
    const saved = previewState(`file:///posts/launch "day" <1> & Ana's.md`, 12, 4);
    const restored = readPreviewState(throughPage(stateAttribute(saved)));
    assert.deepEqual(restored, { version: 1, uri: `file:///posts/launch "day" <1> & Ana's.md`, line: 12, character: 4 });
  });

  it('is saved by the page itself: its body carries the state its script hands to setState', () => {
    const saved = previewState('file:///posts/2026-12-08%20webinar.md', 8, 1);
    const html = page('<h1>webinar</h1>', 'n0nce', saved, 'fr');
    const attribute = /<body data-state="([^"]*)">/.exec(html)?.[1];
    assert.ok(attribute !== undefined, 'the body has a data-state attribute');
    assert.deepEqual(readPreviewState(throughPage(attribute)), saved);
    assert.match(html, /<script nonce="n0nce">[\s\S]*acquireVsCodeApi\(\)\.setState\(JSON\.parse\(document\.body\.dataset\.state\)\)/);
    assert.match(html, /<html lang="fr">/);
  });

  it('saves null when no post is shown, and a null state restores nothing', () => {
    assert.equal(throughPage(stateAttribute(undefined)), null);
    assert.equal(readPreviewState(null), undefined);
    assert.equal(readPreviewState(undefined), undefined);
  });

  it('refuses states it did not write', () => {
    const good = previewState('file:///a.md', 0, 0);
    for (const bad of [
      'file:///a.md',
      { ...good, version: 2 },
      { ...good, uri: '' },
      { ...good, uri: 42 },
      { ...good, line: -1 },
      { ...good, character: 1.5 },
      { uri: 'file:///a.md', line: 0, character: 0 },
    ]) {
      assert.equal(readPreviewState(bad), undefined, JSON.stringify(bad));
    }
  });

  it('keeps only what it knows of a state', () => {
    assert.deepEqual(readPreviewState({ ...previewState('file:///a.md', 1, 2), extra: '<script>' }), previewState('file:///a.md', 1, 2));
  });
});
