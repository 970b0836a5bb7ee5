// ContentLint: Check Workspace — `contentlint check --format json` on every workspace folder, the
// findings of files that are not open put in the Problems panel (open ones are the server's).
import * as vscode from 'vscode';
import { findingsByFile, parseReport, summarize, toDiagnosticSeverity, type CheckReport, type FileFinding } from '../checkReport';
import { runCli } from '../cli';
import type { Session } from '../session';
import { isShown } from '../settings';

export class WorkspaceCheck implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('contentlint-workspace');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly session: Session) {
    // Once a file is open, the language server reports on it live: drop the snapshot's findings.
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.collection.delete(e.document.uri)),
    ];
  }

  async run(): Promise<void> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) {
      void vscode.window.showWarningMessage('ContentLint: open a folder to check its posts.');
      return;
    }
    const server = this.session.resolve();
    if (!server) {
      return;
    }
    const threshold = this.session.currentSettings.severityThreshold;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'ContentLint: checking the workspace', cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        this.collection.clear();
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        const summaries: string[] = [];
        for (const folder of folders) {
          progress.report({ message: folder.name });
          const args = ['check', '--format', 'json', ...(this.session.trusted ? [] : ['--no-scripts']), '.'];
          let report: CheckReport;
          try {
            const result = await runCli(server, args, folder.uri.fsPath, abort.signal);
            if (result.code === 2 && result.stdout.trim() === '') {
              throw new Error(result.stderr.trim() || 'contentlint exited with code 2');
            }
            report = parseReport(result.stdout);
          } catch (error) {
            if (abort.signal.aborted) {
              return;
            }
            this.session.output.error(`Check of ${folder.uri.fsPath} failed: ${String(error)}`);
            void vscode.window.showErrorMessage(`ContentLint could not check ${folder.name}: ${error instanceof Error ? error.message : String(error)}`);
            continue;
          }
          const files = findingsByFile(report, folder.uri.fsPath);
          for (const [file, findings] of files) {
            const uri = vscode.Uri.file(file);
            if (!open.has(uri.toString())) {
              this.collection.set(uri, findings.filter((f) => isShown(toDiagnosticSeverity(f.severity), threshold)).map(toDiagnostic));
            }
          }
          summaries.push(`${folders.length > 1 ? `${folder.name}: ` : ''}${summarize(report, files.size)}`);
        }
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        void vscode.window.showInformationMessage(`ContentLint: ${summaries.join(' ')}`);
      },
    );
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.collection.dispose();
  }
}

function toDiagnostic(f: FileFinding): vscode.Diagnostic {
  const range = new vscode.Range(f.startLine, f.startCharacter, f.endLine, f.endCharacter);
  const diagnostic = new vscode.Diagnostic(range, f.message, toDiagnosticSeverity(f.severity) as vscode.DiagnosticSeverity);
  diagnostic.source = 'contentlint';
  diagnostic.code = f.helpUri ? { value: f.ruleId, target: vscode.Uri.parse(f.helpUri) } : f.ruleId;
  return diagnostic;
}
