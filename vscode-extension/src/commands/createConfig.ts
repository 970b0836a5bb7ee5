// ContentLint: Create Config — writes a starter contentlint.yaml at the root of a workspace folder, or
// opens the one already there. templates/contentlint.yaml is the file `contentlint init` writes, copied
// from the CLI at build time, so the two starters cannot drift apart.
import * as vscode from 'vscode';

export const CONFIG_NAMES = ['contentlint.yaml', 'contentlint.yml'];

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function createConfig(context: vscode.ExtensionContext): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for contentlint.yaml') });
  if (!folder) {
    if (folders.length === 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('ContentLint: open a folder first; contentlint.yaml goes at its root.'));
    }
    return undefined;
  }
  for (const name of CONFIG_NAMES) {
    const existing = vscode.Uri.joinPath(folder.uri, name);
    if (await exists(existing)) {
      await vscode.window.showTextDocument(existing);
      void vscode.window.showInformationMessage(vscode.l10n.t('ContentLint: {0} already exists in {1}.', name, folder.name));
      return existing;
    }
  }
  const target = vscode.Uri.joinPath(folder.uri, 'contentlint.yaml');
  const template = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'templates', 'contentlint.yaml'));
  await vscode.workspace.fs.writeFile(target, template);
  await vscode.window.showTextDocument(target);
  void vscode.window.showInformationMessage(vscode.l10n.t('ContentLint: created contentlint.yaml with the defaults; edit it to suit your posts.'));
  return target;
}
