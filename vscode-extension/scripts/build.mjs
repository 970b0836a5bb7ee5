// Bundles the extension with esbuild into dist/extension.js (vscode-languageclient included, so the
// .vsix needs no node_modules) and copies the configuration schema from ../schema.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

mkdirSync(join(root, 'schema'), { recursive: true });
copyFileSync(join(root, '..', 'schema', 'contentlint.schema.json'), join(root, 'schema', 'contentlint.schema.json'));

await build({
  entryPoints: [join(root, 'src', 'extension.ts')],
  outfile: join(root, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  // The time the bundle starts loading, for the activation time the log reports.
  banner: { js: 'globalThis.__contentlintLoadStart = performance.now();' },
  logLevel: 'warning',
});
console.log(`built dist/extension.js${production ? ' (production)' : ''}`);
