// The status bar: the counter of the post under the cursor (from `contentlint/postStats`) and, in
// Restricted Mode, an item that says script rules are off.
import * as vscode from 'vscode';
import { formatCounter, statsAt } from './counterFormat';
import type { PostStatsParams } from './protocol';

export const COUNTER_ID = 'contentlint.counter';
export const RESTRICTED_ID = 'contentlint.restricted';

export class StatusBar implements vscode.Disposable {
  private readonly counter: vscode.StatusBarItem;
  private readonly restricted: vscode.StatusBarItem;
  private readonly stats = new Map<string, PostStatsParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.counter = vscode.window.createStatusBarItem(COUNTER_ID, vscode.StatusBarAlignment.Right, 100);
    this.counter.name = vscode.l10n.t('ContentLint Counter');
    this.restricted = vscode.window.createStatusBarItem(RESTRICTED_ID, vscode.StatusBarAlignment.Right, 99);
    this.restricted.name = vscode.l10n.t('ContentLint Restricted Mode');
    this.restricted.text = `$(shield) ${vscode.l10n.t('ContentLint: scripts off')}`;
    this.restricted.tooltip = new vscode.MarkdownString(
      vscode.l10n.t('Restricted Mode: this workspace is not trusted, so ContentLint runs without script rules (`.csx`). Built-in and declarative rules still check your posts.') +
        '\n\n' +
        vscode.l10n.t('Trust the workspace to run them.'),
    );
    this.restricted.command = 'workbench.trust.manage';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) {
          this.render();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.stats.delete(d.uri.toString())),
    );
  }

  setRestricted(restricted: boolean): void {
    if (restricted) {
      this.restricted.show();
    } else {
      this.restricted.hide();
    }
  }

  /** Records a document's statistics (a `contentlint/postStats` notification) and refreshes the counter. */
  update(params: PostStatsParams): void {
    this.stats.set(normalizeUri(params.uri), params);
    this.render();
  }

  /** Forgets every document's statistics (the server stopped). */
  clear(): void {
    this.stats.clear();
    this.render();
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    const params = editor ? this.stats.get(editor.document.uri.toString()) : undefined;
    const cursor = editor?.selection.active;
    const counter = params && cursor ? formatCounter(statsAt(params.posts, { line: cursor.line, character: cursor.character }), params.posts, vscode.env.language, vscode.l10n.t) : undefined;
    if (!counter) {
      this.counter.hide();
      return;
    }
    this.counter.text = counter.text;
    this.counter.tooltip = new vscode.MarkdownString(counter.tooltip);
    this.counter.backgroundColor =
      counter.level === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : counter.level === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    this.counter.accessibilityInformation = { label: counter.text.replace(/\$\([a-z-]+\)\s*/g, ''), role: 'status' };
    this.counter.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.counter.dispose();
    this.restricted.dispose();
  }
}

/** The server writes URIs its own way (e.g. `file:///a%20b`); VS Code's `Uri.toString()` is the key. */
function normalizeUri(uri: string): string {
  return vscode.Uri.parse(uri).toString();
}
