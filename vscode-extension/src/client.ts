// The LanguageClient and its options: Markdown and YAML documents on disk, the configuration and
// rule files watched, the settings synchronised, findings below the severity threshold hidden.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, LanguageClient, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import { MAX_RESTARTS, RESTART_WINDOW_MINUTES, RestartPolicy } from './restartPolicy';
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

/** Called when the client gives up on the server, with what to tell the writer (in their language). */
export type GiveUp = (message: string) => void;

/** The library's restart policy, but giving up through `giveUp` (translated) instead of its English notification. */
function errorHandler(giveUp: GiveUp): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    error: (_error, _message, count) => {
      if (count !== undefined && count <= 3) {
        return { action: ErrorAction.Continue };
      }
      giveUp(vscode.l10n.t('ContentLint: the connection to the language server keeps failing, so the server was stopped.'));
      return { action: ErrorAction.Shutdown, handled: true };
    },
    closed: () => {
      if (policy.shouldRestart(Date.now())) {
        return { action: CloseAction.Restart };
      }
      giveUp(vscode.l10n.t('ContentLint: the language server stopped {0} times in {1} minutes and will not be restarted until you run ContentLint: Restart Server.', MAX_RESTARTS + 1, RESTART_WINDOW_MINUTES));
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

export function clientOptions(settings: Settings, trusted: boolean, output: vscode.LogOutputChannel, giveUp: GiveUp): LanguageClientOptions {
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
    errorHandler: errorHandler(giveUp),
    // A failed initialize rejects start(), which the session reports in the writer's language.
    initializationFailedHandler: () => false,
  };
}

/** A LanguageClient whose first start leaves telling the writer of a failure to the caller. */
export class ContentLintClient extends LanguageClient {
  private starting = false;

  /**
   * Starts the server; a failure rejects and is logged, but the library's English notification ("couldn't
   * create connection to server") is not shown: the session says it in the writer's language.
   */
  async startAndLetCallerReport(): Promise<void> {
    this.starting = true;
    try {
      await this.start();
    } finally {
      this.starting = false;
    }
  }

  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, this.starting ? false : showNotification);
  }
}

export function createClient(server: ServerCommand, settings: Settings, trusted: boolean, output: vscode.LogOutputChannel, giveUp: GiveUp): ContentLintClient {
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return new ContentLintClient(CLIENT_ID, CLIENT_NAME, serverOptions(server, cwd), clientOptions(settings, trusted, output, giveUp));
}
