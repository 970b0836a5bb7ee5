// ContentLint: Check Workspace — the server's `contentlint/checkWorkspace` (what `contentlint check`
// runs) over every workspace folder: it publishes the findings of files that are not open, which
// reach the Problems panel through the language client (severity threshold included).
import * as vscode from 'vscode';
import { CheckWorkspaceRequest, type CheckWorkspaceResult } from '../protocol';
import { summarizeCheck } from '../ruleItems';
import type { Session } from '../session';

export async function checkWorkspace(session: Session): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('ContentLint: open a folder to check its posts.'));
    return;
  }
  const client = await session.languageClient();
  if (!client) {
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('ContentLint: checking the workspace'), cancellable: true },
    async (_progress, token) => {
      let result: CheckWorkspaceResult;
      try {
        result = await client.sendRequest<CheckWorkspaceResult>(CheckWorkspaceRequest, { folders: folders.map((f) => f.uri.toString()) }, token);
      } catch (error) {
        if (token.isCancellationRequested) {
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        session.output.error(`Check Workspace failed: ${message}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('ContentLint could not check the workspace: {0}', message));
        return;
      }
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(summarizeCheck(result, vscode.l10n.t));
    },
  );
}
