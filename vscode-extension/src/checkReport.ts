// Pure reading of `contentlint check --format json` (README: a stable, versioned document) into
// per-file findings with 0-based UTF-16 ranges, for "ContentLint: Check Workspace".
import * as path from 'node:path';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface ReportFinding {
  path: string;
  ruleId: string;
  ruleName?: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  helpUri?: string;
}

export interface CheckReport {
  version: number;
  summary: { files: number; posts: number; errors: number; warnings: number; infos: number; hints: number };
  findings: ReportFinding[];
}

/** A finding placed in a file, 0-based lines and UTF-16 columns (end exclusive), as VS Code wants them. */
export interface FileFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  helpUri: string | undefined;
}

/** Parses the report; throws on anything that is not version 1 of the JSON format. */
export function parseReport(json: string): CheckReport {
  const report = JSON.parse(json) as Partial<CheckReport>;
  if (report.version !== 1 || !Array.isArray(report.findings)) {
    throw new Error(`Unexpected contentlint JSON report (version ${String(report.version)}).`);
  }
  return report as CheckReport;
}

/** Findings grouped by absolute file path; relative report paths are resolved from `cwd`. */
export function findingsByFile(report: CheckReport, cwd: string): Map<string, FileFinding[]> {
  const files = new Map<string, FileFinding[]>();
  for (const f of report.findings) {
    const file = path.resolve(cwd, f.path);
    const startLine = Math.max(f.line - 1, 0);
    const startCharacter = Math.max(f.column - 1, 0);
    const endLine = f.endLine !== undefined ? Math.max(f.endLine - 1, startLine) : startLine;
    let endCharacter = f.endColumn !== undefined ? Math.max(f.endColumn - 1, 0) : startCharacter;
    if (endLine === startLine && endCharacter < startCharacter) {
      endCharacter = startCharacter;
    }
    const finding: FileFinding = {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      startLine,
      startCharacter,
      endLine,
      endCharacter,
      helpUri: f.helpUri,
    };
    const list = files.get(file);
    if (list) {
      list.push(finding);
    } else {
      files.set(file, [finding]);
    }
  }
  return files;
}

/** `vscode.DiagnosticSeverity` of a report severity (0 error … 3 hint). */
export function toDiagnosticSeverity(severity: Severity): number {
  return { error: 0, warning: 1, info: 2, hint: 3 }[severity] ?? 0;
}

/** "5 errors, 4 warnings in 5 files" (the parts that are not zero). */
export function summarize(report: CheckReport, fileCount: number): string {
  const s = report.summary;
  const parts = [
    [s.errors, 'error'],
    [s.warnings, 'warning'],
    [s.infos, 'info'],
    [s.hints, 'hint'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => `${n as number} ${word as string}${n === 1 ? '' : 's'}`);
  const posts = `${s.posts} post${s.posts === 1 ? '' : 's'} checked`;
  return parts.length === 0 ? `No findings (${posts}).` : `${parts.join(', ')} in ${fileCount} file${fileCount === 1 ? '' : 's'} (${posts}).`;
}
