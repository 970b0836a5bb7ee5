// ContentLint: Explain Rule — the server's `contentlint/explainRule` page in a read-only editor. The
// rule is the argument, else the finding under the cursor, else picked from `contentlint/rules`: the
// rules of the configuration nearest to the active post (or the first workspace folder).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExplainRuleRequest, RulesRequest, type RuleExplanation, type RulesResult } from '../protocol';
import { normalizeRuleQuery, rulePickItem } from '../ruleItems';
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
    const client = await this.session.languageClient();
    if (!client) {
      return;
    }
    const scope = this.scope();
    const query = typeof rule === 'string' ? normalizeRuleQuery(rule) : (this.ruleUnderCursor() ?? (await this.pick(client, scope)));
    if (!query) {
      return;
    }
    let explanation: RuleExplanation;
    try {
      explanation = await client.sendRequest<RuleExplanation>(ExplainRuleRequest, { rule: query, uri: scope });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('ContentLint could not explain the rule: {0}', error instanceof Error ? error.message : String(error)));
      return;
    }
    const uri = vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${explanation.rule.id}.md` });
    this.texts.set(uri.toString(), explanation.markdown);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  /** The document or folder whose configuration decides which rules exist: the active post, else the first folder. */
  private scope(): string | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return active?.scheme === 'file' ? active.toString() : vscode.workspace.workspaceFolders?.[0]?.uri.toString();
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

  private async pick(client: LanguageClient, scope: string | undefined): Promise<string | undefined> {
    let list: RulesResult;
    try {
      list = await client.sendRequest<RulesResult>(RulesRequest, { uri: scope });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('ContentLint could not list the rules: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    const choice = await vscode.window.showQuickPick(list.rules.map((rule) => rulePickItem(rule, vscode.l10n.t)), {
      title: vscode.l10n.t('ContentLint: Explain Rule'),
      placeHolder: vscode.l10n.t('Rule ID, name or words of its title'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return choice?.label;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
