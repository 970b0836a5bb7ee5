// ContentLint: Explain Rule — `contentlint rules explain ID` in a read-only editor. The rule is the
// argument, else the finding under the cursor, else picked from `contentlint rules list`.
import * as vscode from 'vscode';
import { runCli } from '../cli';
import { normalizeRuleQuery, parseRuleList } from '../ruleList';
import type { Session } from '../session';

export const RULE_SCHEME = 'contentlint-rule';

export class RuleExplainer implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly registration: vscode.Disposable;

  constructor(private readonly session: Session) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  async run(rule?: unknown): Promise<void> {
    const server = this.session.resolve();
    if (!server) {
      return;
    }
    const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const id = typeof rule === 'string' ? normalizeRuleQuery(rule) : (this.ruleUnderCursor() ?? (await this.pick(server, cwd)));
    if (!id) {
      return;
    }
    const result = await runCli(server, ['rules', 'explain', id], cwd);
    if (result.code !== 0) {
      void vscode.window.showErrorMessage(result.stderr.trim().replace(/^contentlint: /, 'ContentLint: ') || `ContentLint: no rule '${id}'.`);
      return;
    }
    const uri = vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${id}.md` });
    this.texts.set(uri.toString(), result.stdout);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  private ruleUnderCursor(): string | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      return undefined;
    }
    const position = editor.selection.active;
    const finding = vscode.languages
      .getDiagnostics(editor.document.uri)
      .find((d) => d.source === 'contentlint' && d.range.contains(position) && d.code !== undefined);
    const code = typeof finding?.code === 'object' ? finding.code.value : finding?.code;
    return code === undefined ? undefined : String(code);
  }

  private async pick(server: Parameters<typeof runCli>[0], cwd: string | undefined): Promise<string | undefined> {
    const list = await runCli(server, ['rules', 'list'], cwd).catch(() => undefined);
    const rules = list ? parseRuleList(list.stdout) : [];
    if (rules.length === 0) {
      const typed = await vscode.window.showInputBox({ prompt: 'Rule ID or name', placeHolder: 'CL1001 or unknown-channel' });
      return typed ? normalizeRuleQuery(typed) : undefined;
    }
    const choice = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, description: `${r.name} · ${r.severity}`, detail: r.title })),
      { title: 'ContentLint: Explain Rule', placeHolder: 'Rule ID, name or words of its title', matchOnDescription: true, matchOnDetail: true },
    );
    return choice?.label;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
