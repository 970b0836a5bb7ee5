// The extension's own texts go through a Translate function: vscode.l10n.t in the extension host (which
// follows VS Code's display language with l10n/bundle.l10n.<lang>.json), a bundle-backed or English one in
// the unit tests. Pure modules take it as a parameter so that they stay free of `vscode`.

/** Translates an English message with `{0}`-style placeholders. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

function fill(message: string, args: ReadonlyArray<string | number>): string {
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}

/** The English texts as written in the code. */
export const english: Translate = (message, ...args) => fill(message, args);

/** A translator from a bundle (`l10n/bundle.l10n.fr.json`): English when a message is missing. */
export function fromBundle(bundle: Readonly<Record<string, string>>): Translate {
  return (message, ...args) => fill(bundle[message] ?? message, args);
}
