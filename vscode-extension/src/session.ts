// The language server's lifecycle: resolve, start (once a post is open: postDocuments.ts), restart on
// a new server path, threshold or trust, and a clear message when it cannot start.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NoConfigHint } from './noConfigHint';
import { OutsideConfigWatcher } from './outsideConfigWatcher';
import { isPostDocument } from './postDocuments';
import { PostStatsNotification, type PostStatsParams } from './protocol';
import {
  DOTNET_DOWNLOAD_URL,
  hasRequiredRuntime,
  resolveServer,
  runtimeMissingMessage,
  ServerResolutionError,
  type ServerCommand,
} from './server';
import { needsRestart, readSettings, SECTION, type Settings } from './settings';
import type { StatusBar } from './statusBar';

export class Session implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private settings: Settings;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly outsideConfigs = new OutsideConfigWatcher(() => this.client);

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
    private readonly statusBar: StatusBar,
    private readonly noConfigHint: NoConfigHint,
  ) {
    this.settings = readSettings(vscode.workspace.getConfiguration(SECTION));
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) {
          void this.onSettingsChanged();
        }
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.statusBar.setRestricted(false);
        this.output.info('Workspace trusted: restarting the server with script rules on.');
        void this.restart();
      }),
    );
    this.statusBar.setRestricted(!vscode.workspace.isTrusted);
  }

  get trusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  /** Starts the server now if a post is open, else on the first post opened (see postDocuments.ts), in any folder. */
  startWhenNeeded(): void {
    const relevant = (d: vscode.TextDocument) => d.uri.scheme === 'file' && isPostDocument(d.uri.path, d.languageId, d.getText());
    if (vscode.workspace.textDocuments.some(relevant)) {
      void this.start();
      return;
    }
    // A post opened, or a Markdown file that becomes one (front matter typed in).
    const listeners = [vscode.workspace.onDidOpenTextDocument((d) => whenRelevant(d)), vscode.workspace.onDidChangeTextDocument((e) => whenRelevant(e.document))];
    const whenRelevant = (d: vscode.TextDocument) => {
      if (relevant(d)) {
        listeners.forEach((l) => l.dispose());
        void this.start();
      }
    };
    this.subscriptions.push(...listeners);
  }

  /** The server command, or undefined after telling the user why there is none. */
  resolve(): ServerCommand | undefined {
    try {
      return resolveServer({
        settingPath: this.settings.serverPath,
        extensionPath: this.context.extensionPath,
        workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
        t: vscode.l10n.t,
      });
    } catch (error) {
      if (error instanceof ServerResolutionError) {
        void this.showProblem(error.message, error.hint, error.problem === 'dotnet-missing');
        return undefined;
      }
      throw error;
    }
  }

  /** The running client, started if needed; undefined when the server cannot start (the user has been told why). */
  async languageClient(): Promise<LanguageClient | undefined> {
    await this.start();
    return this.client;
  }

  start(): Promise<void> {
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async doStart(): Promise<void> {
    if (this.client) {
      return;
    }
    const server = this.resolve();
    if (!server) {
      return;
    }
    const started = performance.now();
    this.output.info(`Starting ${server.source === 'setting' ? 'the server from contentlint.server.path' : 'the bundled server'}: ${server.command} ${[...server.args, 'lsp'].join(' ')} (scripts ${this.trusted ? 'on' : 'off: untrusted workspace'}).`);
    // vscode-languageclient is most of the code: loaded when a server starts, not at activation (scripts/build.mjs).
    // A plain require, not import(): the extension host provides 'vscode' to CommonJS modules.
    const { createClient } = require('./client.js') as typeof import('./client.js');
    const giveUp = (message: string) => void this.showProblem(message, vscode.l10n.t('The ContentLint output shows why.'), false);
    const client = createClient(server, this.settings, this.trusted, this.output, giveUp);
    client.onNotification(PostStatsNotification, (params: PostStatsParams) => {
      this.statusBar.update(params);
      this.noConfigHint.onStats(params);
      this.outsideConfigs.watch(params.configPath);
    });
    this.client = client;
    try {
      await client.startAndLetCallerReport();
      this.output.info(`Server ready in ${Math.round(performance.now() - started)} ms.`);
    } catch (error) {
      this.client = undefined;
      this.output.error(`The server did not start: ${String(error)}`);
      await this.diagnoseStartFailure(server);
    }
  }

  async stop(): Promise<void> {
    await this.starting;
    const client = this.client;
    this.client = undefined;
    this.statusBar.clear();
    if (client) {
      try {
        await client.stop(2000);
      } catch (error) {
        this.output.warn(`Stopping the server: ${String(error)}`);
      }
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  private async onSettingsChanged(): Promise<void> {
    const before = this.settings;
    this.settings = readSettings(vscode.workspace.getConfiguration(SECTION));
    if (needsRestart(before, this.settings) && this.client) {
      this.output.info('Settings changed: restarting the server.');
      await this.restart();
    }
  }

  /** A server that fails to start with `dotnet` found is most often a missing .NET 10 runtime. */
  private async diagnoseStartFailure(server: ServerCommand): Promise<void> {
    const runsOnDotnet = server.args.length > 0 && server.target.toLowerCase().endsWith('.dll');
    if (runsOnDotnet) {
      const runtimes = await listRuntimes(server.command);
      if (runtimes !== undefined && !hasRequiredRuntime(runtimes)) {
        const { message, hint } = runtimeMissingMessage(server.command, vscode.l10n.t);
        await this.showProblem(message, hint, true);
        return;
      }
    }
    await this.showProblem(vscode.l10n.t('ContentLint: the language server did not start.'), vscode.l10n.t('The ContentLint output shows why.'), false);
  }

  async showProblem(message: string, hint: string, offerDotnet: boolean): Promise<void> {
    this.output.error(`${message} ${hint}`);
    const [install, settings, log] = [vscode.l10n.t('Install .NET'), vscode.l10n.t('Open Settings'), vscode.l10n.t('Show Log')];
    const actions = [...(offerDotnet ? [install] : []), settings, log];
    const choice = await vscode.window.showErrorMessage(`${message} ${hint}`, ...actions);
    if (choice === install) {
      await vscode.env.openExternal(vscode.Uri.parse(DOTNET_DOWNLOAD_URL));
    } else if (choice === settings) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'contentlint.server.path');
    } else if (choice === log) {
      this.output.show();
    }
  }

  dispose(): void {
    this.outsideConfigs.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** `dotnet --list-runtimes`, or undefined when it does not run. */
function listRuntimes(dotnet: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(dotnet, ['--list-runtimes'], { windowsHide: true }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}
