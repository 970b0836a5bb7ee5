// Typed settings of the `contentlint.*` section. Reads through a minimal interface (what
// `vscode.WorkspaceConfiguration` offers), so the parsing is unit-tested without VS Code.

export const SECTION = 'contentlint';

export type SeverityThreshold = 'error' | 'warning' | 'info' | 'hint';
export type TraceLevel = 'off' | 'messages' | 'verbose';

export interface Settings {
  /** Lowest severity shown; findings below it are hidden in the editor and the Problems panel. */
  severityThreshold: SeverityThreshold;
  /** Delay between a change and its check, sent to the server as `debounceMs`. */
  debounceMs: number;
  /** A `contentlint` executable or `contentlint.dll` to run instead of the bundled server. */
  serverPath: string | undefined;
  trace: TraceLevel;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  severityThreshold: 'hint',
  debounceMs: 150,
  serverPath: undefined,
  trace: 'off',
};

const MAX_DEBOUNCE_MS = 5000;
const THRESHOLDS: readonly SeverityThreshold[] = ['error', 'warning', 'info', 'hint'];
const TRACE_LEVELS: readonly TraceLevel[] = ['off', 'messages', 'verbose'];

/** What settings are read through: `vscode.workspace.getConfiguration('contentlint')` fits. */
export interface ConfigurationReader {
  get<T>(key: string): T | undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads and validates the settings; a wrong value falls back to its default rather than failing. */
export function readSettings(config: ConfigurationReader): Settings {
  const debounce = config.get<unknown>('debounceMs');
  const path = config.get<unknown>('server.path');
  return {
    severityThreshold: oneOf(config.get<unknown>('severityThreshold'), THRESHOLDS, DEFAULT_SETTINGS.severityThreshold),
    debounceMs:
      typeof debounce === 'number' && Number.isFinite(debounce)
        ? Math.min(Math.max(Math.round(debounce), 0), MAX_DEBOUNCE_MS)
        : DEFAULT_SETTINGS.debounceMs,
    serverPath: typeof path === 'string' && path.trim() !== '' ? path.trim() : undefined,
    trace: oneOf(config.get<unknown>('trace.server'), TRACE_LEVELS, DEFAULT_SETTINGS.trace),
  };
}

/**
 * Whether a finding of this severity is shown. Severities are `vscode.DiagnosticSeverity` values:
 * 0 error, 1 warning, 2 information, 3 hint.
 */
export function isShown(severity: number | undefined, threshold: SeverityThreshold): boolean {
  const rank = severity ?? 0;
  return rank <= THRESHOLDS.indexOf(threshold);
}

/** The server's `initializationOptions` (docs/editors.md): scripts only in a trusted workspace. */
export function initializationOptions(settings: Settings, trusted: boolean): { debounceMs: number; scripts: boolean } {
  return { debounceMs: settings.debounceMs, scripts: trusted };
}

/**
 * Whether a settings change needs a new server: another server, or another threshold (the filter
 * applies to what the server sends next, so the server re-sends everything). The debounce and the
 * trace reach the running server without a restart.
 */
export function needsRestart(before: Settings, after: Settings): boolean {
  return before.serverPath !== after.serverPath || before.severityThreshold !== after.severityThreshold;
}
