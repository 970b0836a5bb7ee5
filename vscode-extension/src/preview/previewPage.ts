// The preview panel's page around the rendered post: its styles (VS Code's theme colours), the
// "…see more" toggle, and the script that saves the shown post as the webview's state (read back by
// the panel's serializer after a window reload, see previewState.ts). Scripts run only with the nonce.
import { stateAttribute, type PreviewState } from './previewState';

/** The whole HTML document; `language` is VS Code's display language, for the page's `lang`. */
export function page(body: string, scriptNonce: string, state: PreviewState | undefined, language: string): string {
  return `<!DOCTYPE html>
<html lang="${language.replace(/[^A-Za-z-]/g, '')}"><head><meta charset="utf-8">
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
<body data-state="${stateAttribute(state)}">${body}
<script nonce="${scriptNonce}">
for (const button of document.querySelectorAll('.see-more')) {
  button.addEventListener('click', () => button.closest('.text').classList.toggle('unfolded'));
}
acquireVsCodeApi().setState(JSON.parse(document.body.dataset.state));
</script></body></html>`;
}
