// The LanguageClient and its options: Markdown and YAML documents on disk, the configuration and
// rule files watched, the settings synchronised, findings below the severity threshold hidden.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import type { ServerCommand } from './server';
import { initializationOptions, isShown, SECTION, type Settings } from './settings';

export const CLIENT_ID = 'contentlint';
export const CLIENT_NAME = 'ContentLint';

/** What the server checks: posts (`*.md`) and calendars (`*.posts.yaml`); it ignores other files itself. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'yaml' },
];

/** Configuration and rule files: a change reloads the configuration and re-checks open posts. */
export const WATCHED_GLOBS = ['**/contentlint.yaml', '**/contentlint.yml', '**/rules/**'];

export function serverOptions(server: ServerCommand, cwd: string | undefined): ServerOptions {
  return { command: server.command, args: [...server.args, 'lsp'], options: { cwd } };
}

function severityFilter(settings: Settings): Middleware {
  const keep = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((d) => isShown(d.severity, settings.severityThreshold));
  if (settings.severityThreshold === 'hint') {
    return {};
  }
  return {
    handleDiagnostics: (uri, diagnostics, next) => next(uri, keep(diagnostics)),
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const report = await next(document, previousResultId, token);
      return report && report.kind === 'full' ? { ...report, items: keep(report.items) } : report;
    },
  };
}

export function clientOptions(settings: Settings, trusted: boolean, output: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: {
      // The server reads `debounceMs` from `settings.contentlint` in workspace/didChangeConfiguration.
      configurationSection: SECTION,
      fileEvents: WATCHED_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    },
    initializationOptions: initializationOptions(settings, trusted),
    outputChannel: output,
    traceOutputChannel: output,
    middleware: severityFilter(settings),
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
}

export function createClient(server: ServerCommand, settings: Settings, trusted: boolean, output: vscode.LogOutputChannel): LanguageClient {
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions(server, cwd), clientOptions(settings, trusted, output));
}
