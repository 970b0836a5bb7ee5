// The shapes of the server's custom `contentlint/postStats` notification (docs/editors.md,
// src/ContentLint.LanguageServer/Protocol/PostStat.cs). Positions are 0-based, in UTF-16 code units.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One text of a post measured on one channel. */
export interface PostStat {
  id: string;
  range: Range;
  /** The channel's name (`x`), aliases resolved. */
  channel: string;
  /** The channel as the platform spells it (`LinkedIn`), from the server's channels data. */
  displayName: string;
  /** The same in French. */
  displayNameFr: string;
  count: number;
  limit: number;
  method: string;
  /** How the channel counts, in plain words in the display language (from the server's channels data). */
  counting?: string;
  /** 1-based thread part, when the post is a thread. */
  part?: number;
  /** True when the text comes from `variants:`. */
  variant?: boolean;
  /** UTF-8 bytes, when the channel also limits bytes. */
  bytes?: number;
  byteLimit?: number;
  overLimit?: boolean;
}

export interface PostStatsParams {
  uri: string;
  version?: number | null;
  posts: PostStat[];
  /** The nearest contentlint.yaml found walking up from the document; absent when the defaults apply. */
  configPath?: string | null;
}

export const PostStatsNotification = 'contentlint/postStats';
export const DocumentPostStatsRequest = 'contentlint/documentPostStats';

// The server's `contentlint/…` requests (src/ContentLint.LanguageServer/Protocol): the only backend of
// the commands, so they show what the editor's checks use.

/** One rule (RuleInfo.cs). */
export interface RuleInfo {
  id: string;
  name: string;
  title: string;
  category: string;
  categoryTitle: string;
  defaultSeverity: string;
  /** The severity in force for the document or folder asked about (`off` when turned off). */
  severity: string;
  configurable: boolean;
  source: 'engine' | 'built-in' | 'user';
  helpUri: string;
  /** A shipped pack file or the user's rule file. */
  file?: string;
  /** True when a user rule replaces a shipped rule. */
  overridden: boolean;
}

export interface RulesResult {
  configPath?: string | null;
  rules: RuleInfo[];
}

export interface RuleExplanation {
  rule: RuleInfo;
  messageFormat: string;
  documentation: string;
  /** The page to show. */
  markdown: string;
}

export interface CheckWorkspaceResult {
  files: number;
  posts: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** Params `{ uri?: string }` (a document or folder; the first workspace folder when absent). */
export const RulesRequest = 'contentlint/rules';
/** Params `{ rule: string; uri?: string }`; an unknown rule is a JSON-RPC error. */
export const ExplainRuleRequest = 'contentlint/explainRule';
/** Params `{ folders?: string[] }` (URIs); findings are published on the files that are not open. */
export const CheckWorkspaceRequest = 'contentlint/checkWorkspace';

// `contentlint/preview` (src/ContentLint.LanguageServer/Protocol/PostPreview.cs): the post under the
// cursor as each of its channels shows it. Offsets are UTF-16 code units in `text`.

export interface PreviewSpan {
  kind: 'link' | 'hashtag' | 'mention' | 'finding';
  start: number;
  end: number;
  /** A link as the platform shows it, when shortened. */
  display?: string;
  message?: string;
  severity?: 'error' | 'warning' | 'info' | 'hint';
  code?: string;
}

export interface PartPreview {
  /** 1-based thread part; absent when the post is not a thread. */
  part?: number;
  text: string;
  count: number;
  overLimit: boolean;
  /** Where "…see more" cuts the text; absent when all of it shows. */
  foldAt?: number;
  spans: PreviewSpan[];
}

export interface ChannelPreview {
  channel: string;
  displayName: string;
  displayNameFr: string;
  limit: number;
  fold?: number;
  variant: boolean;
  /** How the channel counts, in plain words. */
  counting: string;
  parts: PartPreview[];
}

export interface PostPreview {
  uri: string;
  version: number;
  id: string;
  channels: ChannelPreview[];
}

/** Params: a text document and a position; the result is null when the document has no post. */
export const PreviewRequest = 'contentlint/preview';
