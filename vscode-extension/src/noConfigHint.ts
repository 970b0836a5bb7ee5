// With no contentlint.yaml above a post, the server checks it with the defaults (as the CLI does); the
// writer is told once, with an offer to create one. Dismissing or answering is remembered in globalState.
import * as vscode from 'vscode';
import type { PostStatsParams } from './protocol';

export const DISMISSED_KEY = 'contentlint.noConfigHint.dismissed';

export class NoConfigHint {
  private shownThisSession = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly createConfig: () => Promise<unknown>,
  ) {}

  /** Called with each document's statistics: a post checked with the defaults shows the hint, once. */
  onStats(params: PostStatsParams): void {
    if (params.posts.length === 0 || params.configPath || this.shownThisSession || this.context.globalState.get<boolean>(DISMISSED_KEY)) {
      return;
    }
    this.shownThisSession = true;
    void this.show();
  }

  private async show(): Promise<void> {
    const create = vscode.l10n.t('Create contentlint.yaml');
    const never = vscode.l10n.t("Don't Show Again");
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('ContentLint: no contentlint.yaml above this post, so the default rules apply. A configuration declares your personas, confidential terms and house style.'),
      create,
      never,
    );
    if (choice === create) {
      await this.createConfig();
    }
    if (choice !== undefined) {
      await this.context.globalState.update(DISMISSED_KEY, true);
    }
  }
}
