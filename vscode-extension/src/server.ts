// Where the language server comes from: the `contentlint.server.path` setting, else the server
// bundled in the extension (`server/contentlint.dll`, framework-dependent) run with the machine's
// `dotnet`. Pure apart from the file-system probe passed in, so it is unit-tested in node.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { english, type Translate } from './translate';

/** How to start `contentlint`: `command` then `args`, then the subcommand (`lsp`, `check`, …). */
export interface ServerCommand {
  command: string;
  args: string[];
  /** Where it came from, for the log and error messages. */
  source: 'setting' | 'bundled';
  /** The `contentlint` executable or `contentlint.dll` that runs. */
  target: string;
}

export type ServerProblem = 'dotnet-missing' | 'server-missing' | 'setting-missing';

/** The server cannot be started; `hint` tells the user how to fix it. */
export class ServerResolutionError extends Error {
  constructor(
    readonly problem: ServerProblem,
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ServerResolutionError';
  }
}

export const DOTNET_DOWNLOAD_URL = 'https://dotnet.microsoft.com/download/dotnet/10.0';
export const REQUIRED_DOTNET_MAJOR = 10;

export interface ResolveEnvironment {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  /** True when a regular file exists at the path. */
  isFile(p: string): boolean;
}

export const nodeEnvironment: ResolveEnvironment = {
  platform: process.platform,
  env: process.env,
  homedir: os.homedir(),
  isFile: (p) => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  },
};

export interface ResolveOptions {
  /** The `contentlint.server.path` setting. */
  settingPath: string | undefined;
  /** The extension's folder (holding `server/`). */
  extensionPath: string;
  /** Where a relative setting is resolved from (the first workspace folder). */
  workspaceFolder: string | undefined;
  /** Translates the error messages (vscode.l10n.t in the extension host); English when absent. */
  t?: Translate;
}

const BUNDLED_DLL = path.join('server', 'contentlint.dll');

function pathApi(platform: NodeJS.Platform): typeof path.posix {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** `~`, `${userHome}` and `${workspaceFolder}` in the setting; a relative path is from the workspace folder. */
export function expandSettingPath(value: string, options: ResolveOptions, environment: ResolveEnvironment): string {
  const p = pathApi(environment.platform);
  let expanded = value
    .replace(/\$\{userHome\}/g, environment.homedir)
    .replace(/\$\{workspaceFolder\}/g, options.workspaceFolder ?? '');
  if (expanded === '~' || expanded.startsWith('~/') || expanded.startsWith('~\\')) {
    expanded = p.join(environment.homedir, expanded.slice(1));
  }
  if (!p.isAbsolute(expanded) && options.workspaceFolder) {
    expanded = p.join(options.workspaceFolder, expanded);
  }
  return p.normalize(expanded);
}

/**
 * The `dotnet` host: `DOTNET_HOST_PATH` (set by the SDK), `DOTNET_ROOT`, every `PATH` entry, then
 * the usual install folders (VS Code started from a desktop menu may have a shorter PATH than a shell).
 */
export function findDotnet(environment: ResolveEnvironment): string | undefined {
  const p = pathApi(environment.platform);
  const exe = environment.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const candidates: string[] = [];
  const { env } = environment;
  if (env.DOTNET_HOST_PATH) {
    candidates.push(env.DOTNET_HOST_PATH);
  }
  if (env.DOTNET_ROOT) {
    candidates.push(p.join(env.DOTNET_ROOT, exe));
  }
  const pathVariable = env.PATH ?? env.Path ?? '';
  const separator = environment.platform === 'win32' ? ';' : ':';
  for (const dir of pathVariable.split(separator)) {
    if (dir.trim() !== '') {
      candidates.push(p.join(dir.trim(), exe));
    }
  }
  if (environment.platform === 'win32') {
    candidates.push(p.join(env.ProgramFiles ?? 'C:\\Program Files', 'dotnet', exe));
  } else {
    candidates.push(
      p.join(environment.homedir, '.dotnet', exe),
      '/usr/local/share/dotnet/dotnet',
      '/usr/share/dotnet/dotnet',
      '/usr/lib/dotnet/dotnet',
      '/opt/homebrew/bin/dotnet',
      '/usr/local/bin/dotnet',
    );
  }
  return candidates.find((c) => environment.isFile(c));
}

function installDotnetHint(t: Translate): string {
  return t('Install the .NET {0} runtime ({1}) and reload the window, or set "contentlint.server.path" to a self-contained contentlint executable.', REQUIRED_DOTNET_MAJOR, DOTNET_DOWNLOAD_URL);
}

function dotnetMissing(what: string, t: Translate): ServerResolutionError {
  return new ServerResolutionError(
    'dotnet-missing',
    t("ContentLint cannot start its language server: {0} needs .NET {1}, and 'dotnet' was not found (PATH, DOTNET_ROOT, the usual install folders).", what, REQUIRED_DOTNET_MAJOR),
    installDotnetHint(t),
  );
}

/** Resolves the server, or throws a {@link ServerResolutionError} that says what to do. */
export function resolveServer(options: ResolveOptions, environment: ResolveEnvironment = nodeEnvironment): ServerCommand {
  const t = options.t ?? english;
  if (options.settingPath) {
    const target = expandSettingPath(options.settingPath, options, environment);
    if (!environment.isFile(target)) {
      throw new ServerResolutionError(
        'setting-missing',
        t('ContentLint cannot start its language server: "contentlint.server.path" is \'{0}\', and there is no file at {1}.', options.settingPath, target),
        t('Fix the path in the settings, or clear it to use the server bundled with the extension.'),
      );
    }
    if (target.toLowerCase().endsWith('.dll')) {
      const dotnet = findDotnet(environment);
      if (!dotnet) {
        throw dotnetMissing(target, t);
      }
      return { command: dotnet, args: [target], source: 'setting', target };
    }
    return { command: target, args: [], source: 'setting', target };
  }

  const bundled = pathApi(environment.platform).join(options.extensionPath, BUNDLED_DLL);
  if (!environment.isFile(bundled)) {
    throw new ServerResolutionError(
      'server-missing',
      t('ContentLint cannot start its language server: the bundled server is missing ({0}).', bundled),
      t('Reinstall the extension, or set "contentlint.server.path" to a contentlint executable (from a checkout: dotnet publish src/ContentLint.Cli -o vscode-extension/server).'),
    );
  }
  const dotnet = findDotnet(environment);
  if (!dotnet) {
    throw dotnetMissing(t('the bundled server'), t);
  }
  return { command: dotnet, args: [bundled], source: 'bundled', target: bundled };
}

/**
 * Whether `dotnet --list-runtimes` lists a `Microsoft.NETCore.App` runtime the server can run on
 * (major {@link REQUIRED_DOTNET_MAJOR} or later: framework-dependent apps roll forward to newer majors only
 * with DOTNET_ROLL_FORWARD, so only the same major counts by default).
 */
export function hasRequiredRuntime(listRuntimesOutput: string, major = REQUIRED_DOTNET_MAJOR, rollForward = false): boolean {
  const versions = [...listRuntimesOutput.matchAll(/^Microsoft\.NETCore\.App (\d+)\.\d+\.\d+/gm)].map((m) => Number(m[1]));
  return versions.some((v) => v === major || (rollForward && v > major));
}

/** The message when the server process fails to start although `dotnet` was found. */
export function runtimeMissingMessage(dotnet: string, t: Translate = english): { message: string; hint: string } {
  return {
    message: t("ContentLint's language server needs the .NET {0} runtime, and {1} has none (dotnet --list-runtimes).", REQUIRED_DOTNET_MAJOR, dotnet),
    hint: installDotnetHint(t),
  };
}
