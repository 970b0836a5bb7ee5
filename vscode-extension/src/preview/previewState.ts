// What the preview panel keeps across a window reload: the post it shows (document URI and cursor).
// The page hands it to VS Code (`setState` in the webview); after a reload VS Code gives it back to
// the panel's serializer, which reads it here. Anything else (an older shape, a hand-edited state)
// is refused rather than guessed at, and the panel then waits for a post to be opened. No `vscode`
// import: unit-tested in node (test/previewState.test.ts).

/** The webview panel's type, shared by the panel, its serializer and the manifest's activation event. */
export const PREVIEW_VIEW_TYPE = 'contentlint.preview';

const VERSION = 1;

export interface PreviewState {
  version: typeof VERSION;
  /** The previewed document, as VS Code's `Uri.toString()` writes it. */
  uri: string;
  /** The cursor in that document (zero-based), which picks the post of a calendar. */
  line: number;
  character: number;
}

export function previewState(uri: string, line: number, character: number): PreviewState {
  return { version: VERSION, uri, line, character };
}

const isPosition = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** The state VS Code gave back, or undefined when it is not one this version wrote. */
export function readPreviewState(value: unknown): PreviewState | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const { version, uri, line, character } = value as Record<string, unknown>;
  if (version !== VERSION || typeof uri !== 'string' || uri === '' || !isPosition(line) || !isPosition(character)) {
    return undefined;
  }
  return previewState(uri, line, character);
}

/** The state as an HTML attribute value (escaped), for the page's script to pass to `setState`. */
export function stateAttribute(state: PreviewState | undefined): string {
  return JSON.stringify(state ?? null).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
