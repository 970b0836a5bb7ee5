// ContentLint: Preview Post — a side panel showing the post under the cursor as the platform publishes
// it, from the server's `contentlint/preview` (so every editor can have the same), refreshed as the
// writer types or moves. The HTML comes from previewHtml.ts. After a window reload VS Code hands the
// panel back (the serializer registered in extension.ts) with the state its page saved: the post shown.
import * as vscode from 'vscode';
import { type PostPreview, PreviewRequest } from '../protocol';
import type { Session } from '../session';
import { renderPreview } from './previewHtml';
import { page } from './previewPage';
import { PREVIEW_VIEW_TYPE, previewState, readPreviewState, type PreviewState } from './previewState';

const REFRESH_DELAY_MS = 250;

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private editor: vscode.TextEditor | undefined;
  /** The post of a panel restored after a reload, until the writer moves to a post in an editor. */
  private restored: PreviewState | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly session: Session) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && isPostLike(e.document)) {
          this.editor = e;
          this.schedule();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === this.editor) this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.editor?.document) this.schedule();
      }),
    );
  }

  /** Opens (or reveals) the panel beside the active editor and shows its post. */
  async show(): Promise<void> {
    const active = vscode.window.activeTextEditor;
    if (active && isPostLike(active.document)) {
      this.editor = active;
    }
    if (!this.panel) {
      this.adopt(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Post Preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, WEBVIEW_OPTIONS));
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    await this.refresh();
  }

  /** Takes back a panel VS Code restored after a reload, showing the post its page had saved. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose();
    panel.webview.options = WEBVIEW_OPTIONS;
    this.adopt(panel);
    this.restored = readPreviewState(state);
    const uri = this.restored?.uri;
    // A saved post wins over whichever editor became active first during the reload.
    if (uri) this.editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    if (uri && !this.editor) {
      // Opening the document (not showing it) lets the language client send it to the server.
      await Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(uri))).catch((error: unknown) => this.session.output.warn(`Preview: cannot reopen ${uri}: ${String(error)}`));
    }
    await this.refresh();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.onDidDispose(() => this.panel === panel && (this.panel = undefined), undefined, this.subscriptions);
  }

  /** The post to show: the cursor of the followed editor, else the restored state. */
  private target(): PreviewState | undefined {
    const editor = this.editor;
    return editor ? previewState(editor.document.uri.toString(), editor.selection.active.line, editor.selection.active.character) : this.restored;
  }

  private schedule(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const target = this.target();
    if (!panel) return;
    const generation = ++this.generation;
    let preview: PostPreview | null = null;
    if (target) {
      const client = await this.session.languageClient();
      try {
        preview = (await client?.sendRequest<PostPreview | null>(PreviewRequest, {
          textDocument: { uri: target.uri },
          position: { line: target.line, character: target.character },
        })) ?? null;
      } catch (error) {
        this.session.output.warn(`Preview: ${String(error)}`);
      }
    }
    if (generation !== this.generation || panel !== this.panel) return; // overtaken by a newer refresh
    panel.title = preview ? vscode.l10n.t('Preview: {0}', preview.id) : vscode.l10n.t('Post Preview');
    panel.webview.html = page(renderPreview(preview, vscode.env.language, vscode.l10n.t), nonce(), target, vscode.env.language);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** A Markdown document or a calendar: the server says whether it holds a post. */
function isPostLike(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && (document.languageId === 'markdown' || document.languageId === 'yaml');
}

const WEBVIEW_OPTIONS: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: [] };

function nonce(): string {
  return Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
}
