// Runs `contentlint` subcommands (check, rules) with the same executable as the language server.
import { execFile } from 'node:child_process';
import type { ServerCommand } from './server';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(server: ServerCommand, args: string[], cwd: string | undefined, signal?: AbortSignal): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      server.command,
      [...server.args, ...args],
      { cwd, maxBuffer: 256 * 1024 * 1024, signal, env: { ...process.env, NO_COLOR: '1' }, windowsHide: true },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}
