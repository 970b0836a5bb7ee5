// A post's contentlint.yaml may lie above the folder opened (the server walks up past it, as the CLI
// does), where the client's workspace watchers (client.ts) do not look. For each such configuration the
// server reports (postStats.configPath), this watches it and tells the server when it changes, so that
// editing it re-checks the open posts as editing one inside the workspace does.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const FILE_CHANGE_TYPE = { created: 1, changed: 2, deleted: 3 } as const;

export class OutsideConfigWatcher implements vscode.Disposable {
  private readonly watched = new Map<string, vscode.Disposable>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Starts watching `configPath` when it lies outside every workspace folder. */
  watch(configPath: string | null | undefined): void {
    if (!configPath || this.watched.has(configPath)) {
      return;
    }
    const uri = vscode.Uri.file(configPath);
    if (vscode.workspace.getWorkspaceFolder(uri)) {
      return; // The client's own watchers cover it.
    }
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!));
    const notify = (type: number) => (changed: vscode.Uri) =>
      void this.client()?.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: changed.toString(), type }] });
    watcher.onDidChange(notify(FILE_CHANGE_TYPE.changed));
    watcher.onDidCreate(notify(FILE_CHANGE_TYPE.created));
    watcher.onDidDelete(notify(FILE_CHANGE_TYPE.deleted));
    this.watched.set(configPath, watcher);
  }

  dispose(): void {
    this.watched.forEach((w) => w.dispose());
    this.watched.clear();
  }
}
