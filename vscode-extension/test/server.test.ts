import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expandSettingPath, findDotnet, hasRequiredRuntime, resolveServer, runtimeMissingMessage, ServerResolutionError, type ResolveEnvironment } from '../src/server';
import { fromBundle } from '../src/translate';

const french = fromBundle(JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>);

function environment(files: string[], env: Record<string, string> = { PATH: '/usr/bin:/bin' }, platform: NodeJS.Platform = 'linux'): ResolveEnvironment {
  const set = new Set(files);
  return { platform, env, homedir: platform === 'win32' ? 'C:\\Users\\ana' : '/home/ana', isFile: (p) => set.has(p) };
}

const EXT = '/ext/contentlint-0.1.0';
const BUNDLED = `${EXT}/server/contentlint.dll`;

describe('server resolution', () => {
  it('runs the bundled server with dotnet from PATH', () => {
    const server = resolveServer({ settingPath: undefined, extensionPath: EXT, workspaceFolder: '/ws' }, environment([BUNDLED, '/usr/bin/dotnet']));
    assert.deepEqual(server, { command: '/usr/bin/dotnet', args: [BUNDLED], source: 'bundled', target: BUNDLED });
  });

  it('prefers the setting over the bundled server: an executable runs directly', () => {
    const server = resolveServer({ settingPath: '/opt/contentlint/contentlint', extensionPath: EXT, workspaceFolder: '/ws' }, environment([BUNDLED, '/usr/bin/dotnet', '/opt/contentlint/contentlint']));
    assert.deepEqual(server, { command: '/opt/contentlint/contentlint', args: [], source: 'setting', target: '/opt/contentlint/contentlint' });
  });

  it('runs a contentlint.dll from the setting with dotnet', () => {
    const dll = '/src/ContentLint.Cli/bin/Debug/net10.0/contentlint.dll';
    const server = resolveServer({ settingPath: dll, extensionPath: EXT, workspaceFolder: '/ws' }, environment([dll, '/usr/bin/dotnet']));
    assert.deepEqual(server, { command: '/usr/bin/dotnet', args: [dll], source: 'setting', target: dll });
  });

  it('resolves a relative setting, ~ and ${workspaceFolder}', () => {
    const options = { settingPath: '', extensionPath: EXT, workspaceFolder: '/ws/repo' };
    const env = environment([]);
    assert.equal(expandSettingPath('tools/contentlint', options, env), '/ws/repo/tools/contentlint');
    assert.equal(expandSettingPath('~/bin/contentlint', options, env), '/home/ana/bin/contentlint');
    assert.equal(expandSettingPath('${workspaceFolder}/../bin/contentlint', options, env), '/ws/bin/contentlint');
    assert.equal(expandSettingPath('${userHome}/contentlint', options, env), '/home/ana/contentlint');
  });

  it('says which path is wrong when the setting names no file', () => {
    assert.throws(
      () => resolveServer({ settingPath: '/nowhere/contentlint', extensionPath: EXT, workspaceFolder: '/ws' }, environment([BUNDLED, '/usr/bin/dotnet'])),
      (e: unknown) => e instanceof ServerResolutionError && e.problem === 'setting-missing' && /\/nowhere\/contentlint/.test(e.message) && /clear it/.test(e.hint),
    );
  });

  it('explains how to get .NET when dotnet is missing', () => {
    assert.throws(
      () => resolveServer({ settingPath: undefined, extensionPath: EXT, workspaceFolder: '/ws' }, environment([BUNDLED], { PATH: '/usr/bin' })),
      (e: unknown) =>
        e instanceof ServerResolutionError &&
        e.problem === 'dotnet-missing' &&
        /\.NET 10/.test(e.message) &&
        /Install the \.NET 10 runtime \(https:\/\/dotnet\.microsoft\.com\//.test(e.hint) &&
        /contentlint\.server\.path/.test(e.hint),
    );
  });

  it('reports a missing bundled server', () => {
    assert.throws(
      () => resolveServer({ settingPath: undefined, extensionPath: EXT, workspaceFolder: undefined }, environment(['/usr/bin/dotnet'])),
      (e: unknown) => e instanceof ServerResolutionError && e.problem === 'server-missing' && e.message.includes(BUNDLED),
    );
  });

  it('says it in French with the French bundle', () => {
    assert.throws(
      () => resolveServer({ settingPath: undefined, extensionPath: EXT, workspaceFolder: '/ws', t: french }, environment([BUNDLED], { PATH: '/usr/bin' })),
      (e: unknown) =>
        e instanceof ServerResolutionError &&
        e.message === 'ContentLint ne peut pas démarrer son serveur de langage : le serveur fourni avec l’extension a besoin de .NET 10, et « dotnet » est introuvable (PATH, DOTNET_ROOT, dossiers d’installation habituels).' &&
        e.hint.startsWith('Installez le runtime .NET 10 (https://dotnet.microsoft.com/download/dotnet/10.0)'),
    );
    assert.throws(
      () => resolveServer({ settingPath: '~/bin/contentlint', extensionPath: EXT, workspaceFolder: '/ws', t: french }, environment([BUNDLED, '/usr/bin/dotnet'])),
      (e: unknown) => e instanceof ServerResolutionError && e.message.endsWith('« contentlint.server.path » vaut « ~/bin/contentlint », et il n’y a aucun fichier à /home/ana/bin/contentlint.') && e.hint.startsWith('Corrigez le chemin'),
    );
    assert.equal(runtimeMissingMessage('/usr/bin/dotnet', french).message, 'Le serveur de langage de ContentLint a besoin du runtime .NET 10, et /usr/bin/dotnet n’en a aucun (dotnet --list-runtimes).');
  });
});

describe('finding dotnet', () => {
  it('tries DOTNET_HOST_PATH, then DOTNET_ROOT, then PATH in order', () => {
    assert.equal(findDotnet(environment(['/sdk/dotnet', '/root/dotnet', '/usr/bin/dotnet'], { DOTNET_HOST_PATH: '/sdk/dotnet', DOTNET_ROOT: '/root', PATH: '/usr/bin' })), '/sdk/dotnet');
    assert.equal(findDotnet(environment(['/root/dotnet', '/usr/bin/dotnet'], { DOTNET_ROOT: '/root', PATH: '/usr/bin' })), '/root/dotnet');
    assert.equal(findDotnet(environment(['/a/dotnet', '/b/dotnet'], { PATH: '/b::/a' })), '/b/dotnet');
  });

  it('finds the usual install folders when PATH is short (VS Code started from a menu)', () => {
    assert.equal(findDotnet(environment(['/home/ana/.dotnet/dotnet'], { PATH: '/bin' })), '/home/ana/.dotnet/dotnet');
    assert.equal(findDotnet(environment(['/usr/share/dotnet/dotnet'], {})), '/usr/share/dotnet/dotnet');
  });

  it('looks for dotnet.exe on Windows, in PATH then Program Files', () => {
    const env = { Path: 'C:\\tools;C:\\bin', ProgramFiles: 'C:\\Program Files' };
    assert.equal(findDotnet(environment(['C:\\bin\\dotnet.exe'], env, 'win32')), 'C:\\bin\\dotnet.exe');
    assert.equal(findDotnet(environment(['C:\\Program Files\\dotnet\\dotnet.exe'], env, 'win32')), 'C:\\Program Files\\dotnet\\dotnet.exe');
  });

  it('returns nothing when there is no dotnet', () => {
    assert.equal(findDotnet(environment([], { PATH: '/usr/bin' })), undefined);
  });
});

describe('runtime check', () => {
  const listing = [
    'Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]',
    'Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
    'Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
  ].join('\n');

  it('finds the .NET 10 runtime in dotnet --list-runtimes', () => {
    assert.equal(hasRequiredRuntime(listing), true);
    assert.equal(hasRequiredRuntime(listing.split('\n').slice(0, 2).join('\n')), false);
  });

  it('ignores the ASP.NET Core runtime and rolls forward only when asked', () => {
    assert.equal(hasRequiredRuntime('Microsoft.AspNetCore.App 10.0.1 [/x]'), false);
    assert.equal(hasRequiredRuntime('Microsoft.NETCore.App 11.0.0 [/x]'), false);
    assert.equal(hasRequiredRuntime('Microsoft.NETCore.App 11.0.0 [/x]', 10, true), true);
  });
});
