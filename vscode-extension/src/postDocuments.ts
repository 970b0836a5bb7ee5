// Which documents hold posts, for starting the server: a calendar (`*.posts.yaml`, `*.posts.yml`) or
// a Markdown file whose front matter names a channel (`channel:` or `channels:`), in any folder. The
// server decides for itself what it checks; this only avoids starting it for a README. No `vscode` import.

const CALENDAR = /\.posts\.ya?ml$/i;
/** A front matter at the very start, and a `channel:`/`channels:` key in it. */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const CHANNEL_KEY = /^channels?\s*:/m;

export function isPostDocument(path: string, languageId: string, text: string): boolean {
  if (languageId === 'yaml') {
    return CALENDAR.test(path);
  }
  if (languageId !== 'markdown') {
    return false;
  }
  const frontMatter = FRONT_MATTER.exec(text);
  return !!frontMatter && CHANNEL_KEY.test(frontMatter[1]!);
}
