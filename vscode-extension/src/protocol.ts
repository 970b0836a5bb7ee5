// The shape of the server's custom `contentlint/postStats` notification (docs/editors.md,
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
}

export const PostStatsNotification = 'contentlint/postStats';
export const DocumentPostStatsRequest = 'contentlint/documentPostStats';
