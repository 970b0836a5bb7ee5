// npm run package: publishes the server (framework-dependent, run with `dotnet`) into server/, then
// builds the .vsix with @vscode/vsce (which runs `vscode:prepublish`, the production bundle).
// CONTENTLINT_SKIP_PUBLISH=1 keeps a server/ published earlier.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(root, '..');
const serverDir = join(root, 'server');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });

if (process.env.CONTENTLINT_SKIP_PUBLISH === '1' && existsSync(join(serverDir, 'contentlint.dll'))) {
  console.log('server/: kept (CONTENTLINT_SKIP_PUBLISH=1)');
} else {
  rmSync(serverDir, { recursive: true, force: true });
  // UseAppHost=false: no native launcher; the extension runs `dotnet server/contentlint.dll`, so one
  // .vsix serves every platform. The CLI references ContentLint.Scripting, so it is published too.
  run('dotnet', ['publish', join(repo, 'src', 'ContentLint.Cli'), '-c', 'Release', '-o', serverDir, '-p:UseAppHost=false', '-p:DebugType=none', '-p:GenerateDocumentationFile=false', '--nologo'], repo);
}
for (const required of ['contentlint.dll', 'ContentLint.Scripting.dll', 'contentlint.runtimeconfig.json']) {
  if (!existsSync(join(serverDir, required))) {
    throw new Error(`server/${required} is missing after dotnet publish`);
  }
}

const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${name}-${version}.vsix`);
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], root);
console.log(`${vsix}: ${(statSync(vsix).size / 1024 / 1024).toFixed(2)} MiB`);
