// Bundles the extension with esbuild into dist/extension.js (vscode-languageclient included, so the
// .vsix needs no node_modules), copies the configuration schema from ../schema and the starter
// configuration that `contentlint init` writes (one file for both) from the CLI's Templates/.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

mkdirSync(join(root, 'schema'), { recursive: true });
copyFileSync(join(root, '..', 'schema', 'contentlint.schema.json'), join(root, 'schema', 'contentlint.schema.json'));
mkdirSync(join(root, 'templates'), { recursive: true });
copyFileSync(join(root, '..', 'src', 'ContentLint.Cli', 'Templates', 'contentlint.yaml'), join(root, 'templates', 'contentlint.yaml'));

// Two bundles: extension.js (activation: commands, status bar) and client.js (vscode-languageclient,
// most of the code), loaded by session.ts when the server starts, so activation stays short.
const clientAsSeparateBundle = {
  name: 'client-as-separate-bundle',
  setup(b) {
    b.onResolve({ filter: /^\.\/client(\.js)?$/ }, (args) =>
      args.importer.endsWith('session.ts') ? { path: './client.js', external: true } : undefined,
    );
  },
};

await build({
  entryPoints: { extension: join(root, 'src', 'extension.ts'), client: join(root, 'src', 'client.ts') },
  outdir: join(root, 'dist'),
  plugins: [clientAsSeparateBundle],
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
console.log(`built dist/extension.js and dist/client.js${production ? ' (production)' : ''}`);
