// When the language server crashes: restarted, unless it crashed more than MAX_RESTARTS times within
// RESTART_WINDOW_MS (vscode-languageclient's own policy, kept so that the extension can give up in the
// writer's language rather than with the library's English message). Pure: times are passed in.

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MINUTES = 3;
const RESTART_WINDOW_MS = RESTART_WINDOW_MINUTES * 60 * 1000;

export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(
    private readonly maxRestarts = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
  ) {}

  /** Whether to restart after a crash at `now` (milliseconds); false once crashes come too often. */
  shouldRestart(now: number): boolean {
    this.crashes.push(now);
    if (this.crashes.length <= this.maxRestarts) {
      return true;
    }
    if (now - this.crashes[0]! <= this.windowMs) {
      return false;
    }
    this.crashes.shift();
    return true;
  }
}
