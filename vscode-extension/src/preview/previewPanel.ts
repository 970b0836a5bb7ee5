// ContentLint: Preview Post — a side panel showing the post under the cursor as the platform publishes
// it, from the server's `contentlint/preview` (so every editor can have the same), refreshed as the
// writer types or moves. The HTML comes from previewHtml.ts.
import * as vscode from 'vscode';
import { type PostPreview, PreviewRequest } from '../protocol';
import type { Session } from '../session';
import { renderPreview } from './previewHtml';

const REFRESH_DELAY_MS = 250;

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private editor: vscode.TextEditor | undefined;
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
      this.panel = vscode.window.createWebviewPanel('contentlint.preview', vscode.l10n.t('Post Preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.subscriptions);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    await this.refresh();
  }

  private schedule(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const editor = this.editor;
    if (!panel) return;
    const generation = ++this.generation;
    let preview: PostPreview | null = null;
    if (editor) {
      const client = await this.session.languageClient();
      try {
        preview = (await client?.sendRequest<PostPreview | null>(PreviewRequest, {
          textDocument: { uri: editor.document.uri.toString() },
          position: { line: editor.selection.active.line, character: editor.selection.active.character },
        })) ?? null;
      } catch (error) {
        this.session.output.warn(`Preview: ${String(error)}`);
      }
    }
    if (generation !== this.generation || panel !== this.panel) return; // overtaken by a newer refresh
    panel.title = preview ? vscode.l10n.t('Preview: {0}', preview.id) : vscode.l10n.t('Post Preview');
    panel.webview.html = page(renderPreview(preview, vscode.env.language, vscode.l10n.t), nonce());
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

function nonce(): string {
  return Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
}

function page(body: string, scriptNonce: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${scriptNonce}';">
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--vscode-foreground); padding: 0 12px; }
h1 { font-size: 1.1em; opacity: .8; }
.channel { margin: 12px 0 20px; }
.channel h2 { font-size: 1em; margin: 0 0 2px; }
.counting { font-size: .85em; opacity: .75; margin: 0 0 8px; }
.part { border: 1px solid var(--vscode-panel-border, #8884); border-radius: 10px; padding: 10px 12px; margin: 8px 0; background: var(--vscode-editor-background); }
.part.over { border-color: var(--vscode-editorError-foreground, #f14c4c); }
.part header { display: flex; gap: 8px; font-size: .85em; opacity: .85; margin-bottom: 6px; }
.part-number { font-weight: 600; }
.count.over { color: var(--vscode-editorError-foreground, #f14c4c); font-weight: 600; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.45; }
.link, .hashtag, .mention { color: var(--vscode-textLink-foreground, #3794ff); }
.finding { text-decoration: underline wavy; text-underline-offset: 3px; }
.finding-error { text-decoration-color: var(--vscode-editorError-foreground, #f14c4c); }
.finding-warning { text-decoration-color: var(--vscode-editorWarning-foreground, #cca700); }
.finding-info, .finding-hint { text-decoration-color: var(--vscode-editorInfo-foreground, #3794ff); }
.see-more { border: none; background: none; color: var(--vscode-descriptionForeground, #999); cursor: pointer; padding: 0 0 0 2px; font: inherit; }
.after-fold { display: none; }
.unfolded .after-fold { display: inline; opacity: .6; }
.unfolded .see-more { border-right: 2px dashed var(--vscode-editorWarning-foreground, #cca700); }
</style></head>
<body>${body}
<script nonce="${scriptNonce}">
for (const button of document.querySelectorAll('.see-more')) {
  button.addEventListener('click', () => button.closest('.text').classList.toggle('unfolded'));
}
</script></body></html>`;
}
