// English and French for the extension's own texts: every manifest text is a %key% present in both
// package.nls files, every vscode.l10n.t / t(...) message of the code has a French translation with the
// same placeholders, and nothing in the bundles is left unused.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, string>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The messages the code translates: the literal first argument of `l10n.t(` or `t(`. */
function messages(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(join(root, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:l10n\.)?t\((['"])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
      found.add(m[2]!.replace(/\\(.)/g, '$1'));
    }
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('l10n', () => {
  it('gives every manifest text a key present in English and French', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const english = json('package.nls.json');
    const french = json('package.nls.fr.json');
    assert.ok(keys.length > 20);
    assert.deepEqual(Object.keys(english).sort(), [...new Set(keys)].sort());
    assert.deepEqual(Object.keys(french).sort(), Object.keys(english).sort());
    assert.equal(french['command.preview'], 'Aperçu de la publication');
  });

  it('translates every message of the code into French, with the same placeholders, and nothing else', () => {
    const bundle = json('l10n/bundle.l10n.fr.json');
    const used = messages();
    assert.ok(used.has('part {0}/{1}') && used.has("Don't Show Again"), [...used].join('\n'));
    for (const message of used) {
      assert.ok(message in bundle, `no French for '${message}'`);
      assert.deepEqual(placeholders(bundle[message]!), placeholders(message), message);
    }
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), []);
  });

  it('gives every walkthrough page a French page (VS Code picks <page>.nls.fr.md for French) with the same code blocks', () => {
    const steps = JSON.parse(read('package.json')).contributes.walkthroughs.flatMap((w: { steps: Array<{ media: { markdown?: string } }> }) => w.steps);
    const pages = steps.map((s: { media: { markdown?: string } }) => s.media.markdown).filter((m: string | undefined): m is string => m !== undefined);
    assert.equal(pages.length, 5);
    const codeOf = (markdown: string) => [...markdown.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/#.*$/gm, '').trimEnd());
    for (const page of pages) {
      const french = page.replace(/\.md$/, '.nls.fr.md');
      assert.ok(existsSync(join(root, french)), `no ${french}`);
      if (!page.includes('3-finding')) {
        assert.deepEqual(codeOf(read(french)), codeOf(read(page)), `${french}: the examples differ from the English page`);
      }
    }
  });

  it('points the manifest at the bundle folder', () => {
    assert.equal(JSON.parse(read('package.json')).l10n, './l10n');
  });
});
