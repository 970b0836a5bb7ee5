// The manifest and the code agree: every command registered is contributed, every setting read
// is declared, the trust and activation declarations hold, the contributed files exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PREVIEW_VIEW_TYPE } from '../src/preview/previewState';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const source = (file: string) => readFileSync(join(root, 'src', file), 'utf8');

describe('manifest', () => {
  it('contributes exactly the commands the extension registers', () => {
    const registered = [...source('extension.ts').matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(registered, contributed);
    assert.deepEqual(contributed, ['contentlint.checkWorkspace', 'contentlint.createConfig', 'contentlint.explainRule', 'contentlint.preview', 'contentlint.restartServer']);
  });

  it('declares every setting that settings.ts reads', () => {
    const read = [...source('settings.ts').matchAll(/config\.get<unknown>\('([^']+)'\)/g)].map((m) => `contentlint.${m[1]}`).sort();
    assert.deepEqual(read, Object.keys(manifest.contributes.configuration.properties).sort());
  });

  it('declares limited support for untrusted workspaces, and the server path as restricted', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['contentlint.server.path']);
  });

  it('activates wherever posts are: any Markdown or YAML file (the server starts for posts only), or a workspace with a configuration or a calendar, and to restore the preview panel', () => {
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:markdown',
      'onLanguage:yaml',
      'workspaceContains:**/contentlint.yaml',
      'workspaceContains:**/contentlint.yml',
      'workspaceContains:**/*.posts.yaml',
      'workspaceContains:**/*.posts.yml',
      `onWebviewPanel:${PREVIEW_VIEW_TYPE}`,
    ]);
  });

  it('puts Preview Post on the editor title of posts and calendars', () => {
    const [item] = manifest.contributes.menus['editor/title'];
    assert.equal(item.command, 'contentlint.preview');
    assert.match(item.when, /resourceLangId == markdown/);
    assert.ok(manifest.contributes.commands.find((c: { command: string }) => c.command === 'contentlint.preview').icon);
  });

  it('has a Get started walkthrough whose media files exist', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['createConfig', 'personas', 'finding', 'fix', 'preview']);
    for (const step of walkthrough.steps) {
      assert.ok(existsSync(join(root, step.media.markdown)), step.media.markdown);
    }
  });

  it('ships the schema for contentlint.yaml, the snippets and the config template', () => {
    assert.equal(manifest.contributes.yamlValidation[0].url, './schema/contentlint.schema.json');
    assert.ok(existsSync(join(root, '..', 'schema', 'contentlint.schema.json')), 'the schema the build copies');
    for (const snippet of manifest.contributes.snippets) {
      const snippets = JSON.parse(readFileSync(join(root, snippet.path), 'utf8'));
      assert.ok(Object.keys(snippets).length > 0, snippet.path);
    }
    const template = join(root, '..', 'src', 'ContentLint.Cli', 'Templates', 'contentlint.yaml');
    assert.match(readFileSync(template, 'utf8'), /^content:/m, 'the starter `contentlint init` writes, which the build copies');
    assert.match(readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8'), /Templates', 'contentlint\.yaml'\), join\(root, 'templates'/);
  });

  it("links the README only to files inside the .vsix (no '../', nothing .vscodeignore leaves out)", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const ignored = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const shipped = ['dist/', 'server/', 'schema/', 'snippets/', 'templates/', 'images/', 'walkthrough/', 'l10n/'];
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^(https?:|mailto:|#)/.test(t));
    assert.ok(targets.length > 0);
    for (const target of targets) {
      assert.ok(!target.startsWith('../') && !target.startsWith('/'), `README.md links outside the extension: ${target}`);
      assert.ok(shipped.some((folder) => target.startsWith(folder)) || !target.includes('/'), `README.md links to ${target}, which is not packed`);
      assert.ok(!ignored.some((pattern) => target.startsWith(pattern.replace('/**', '/'))), `.vscodeignore leaves ${target} out of the .vsix`);
    }
    assert.ok(existsSync(join(root, 'images', 'vscode-extension.png')), 'the README picture ships in images/');
  });

  it('pins @vscode/vsce to 3.9.x, which runs on Node 20', () => {
    assert.match(manifest.devDependencies['@vscode/vsce'], /^3\.9\.\d+$/);
  });
});
