// Entry point: activation only. Each part lives in its own module.
import * as vscode from 'vscode';
import { checkWorkspace } from './commands/checkWorkspace';
import { createConfig } from './commands/createConfig';
import { RuleExplainer } from './commands/explainRule';
import { NoConfigHint } from './noConfigHint';
import { PreviewPanel } from './preview/previewPanel';
import { PREVIEW_VIEW_TYPE } from './preview/previewState';
import { Session } from './session';
import { StatusBar } from './statusBar';

let session: Session | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('ContentLint', { log: true });
  const statusBar = new StatusBar();
  session = new Session(context, output, statusBar, new NoConfigHint(context, () => createConfig(context)));
  const explainer = new RuleExplainer(session);
  const preview = new PreviewPanel(session);
  const current = session;
  context.subscriptions.push(
    output,
    statusBar,
    session,
    explainer,
    preview,
    vscode.commands.registerCommand('contentlint.checkWorkspace', () => checkWorkspace(current)),
    vscode.commands.registerCommand('contentlint.explainRule', (rule?: unknown) => explainer.run(rule)),
    vscode.commands.registerCommand('contentlint.createConfig', () => createConfig(context)),
    vscode.commands.registerCommand('contentlint.restartServer', () => current.restart()),
    vscode.commands.registerCommand('contentlint.preview', () => preview.show()),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => preview.restore(panel, state) }),
  );
  session.startWhenNeeded();
  // The bundle records when it started loading (scripts/build.mjs). Between the two, the extension
  // host also prepares the extension's context (storage), so VS Code's own figure (Developer: Show
  // Running Extensions) is lower than the first number.
  const loadStart = (globalThis as { __contentlintLoadStart?: number }).__contentlintLoadStart ?? started;
  output.info(
    `Activated in ${(performance.now() - loadStart).toFixed(1)} ms from loading the bundle to the end of activate(), activate() ${(performance.now() - started).toFixed(1)} ms (${vscode.workspace.isTrusted ? 'trusted' : 'Restricted Mode'}).`,
  );
}

export function deactivate(): Promise<void> | undefined {
  return session?.stop();
}
