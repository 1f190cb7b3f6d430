// types.d.ts — the types Lede's JavaScript shares: the insights the core returns, the settings
// and the messages between the extension's parts. Type declarations only (no code ships from
// here; tools/package.mjs leaves .d.ts files out of the packages).
//
// Takes nothing; gives types for JSDoc (`@typedef {import('./types').Insights} Insights`),
// checked by `tsc` (tsconfig.json). The insights types mirror docs/schema/insights.schema.json
// (explained in docs/insights.md); tests/unit/types.test.mjs fails when the two disagree.
// Every `start`/`end` counts UTF-16 code units into `article.text`.

// -- insights (schema 1) -------------------------------------------------------------------

/** A stretch of `article.text`: `text === article.text.slice(start, end)`. */
export interface Span {
  text: string;
  /** UTF-16 code units into article.text. */
  start: number;
  /** UTF-16 code units into article.text, exclusive. */
  end: number;
}

/** The article found on the page (`lede extract --json` prints it alone). */
export interface Article {
  title: string;
  byline: string | null;
  published: string | null;
  site: string | null;
  lang: string | null;
  excerpt: string;
  text: string;
  readerable: boolean;
}

export type QuoteKind = 'direct' | 'partial' | 'mention';

/** Words inside quotation marks, and who said them. */
export interface Quote {
  /** q1, q2… in text order. */
  id: string;
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  /** An entity id, or null when the speaker is unknown. */
  speaker: string | null;
  mention: Span | null;
  cue: Span | null;
  /** 0–1. */
  confidence: number;
  /** The attribution rule that chose the speaker (kebab-case). */
  rule?: string;
}

/** A statement attributed without quotation marks. */
export interface Reported {
  /** r1, r2… in text order. */
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  mention: Span | null;
  cue: Span | null;
  confidence: number;
  rule: string;
  /** Ids of the quotes inside it (a mixed quote). */
  quotes: string[];
}

export type EntityKind = 'person' | 'organization' | 'place' | 'other';
export type Gender = 'female' | 'male';

export interface Entity {
  /** e1, e2… in order of first mention. */
  id: string;
  name: string;
  kind: EntityKind;
  role: string | null;
  gender: Gender | null;
  mentions: number;
  quotes: number;
}

export interface Stats {
  words: number;
  reading_minutes: number;
  /** Only the beginning of an oversized page was analysed. */
  truncated: boolean;
  /** Speakers were looked for (Lede has a lexicon for `article.lang`); false: quotes without speakers. */
  attributed?: boolean;
}

/** An article block: `node` indexes the snapshot's `elements`. */
export interface Block {
  node: number;
  start: number;
  end: number;
}

/** Everything Lede says about a page (docs/insights.md). */
export interface Insights {
  schema: 1;
  article: Article;
  quotes: Quote[];
  reported?: Reported[];
  entities: Entity[];
  summary: Span[];
  stats: Stats;
  blocks: Block[];
}

// -- the page snapshot (extension/lib/snapshot.js) -----------------------------------------

/** The packed fields of a snapshot: what crosses into the core (or to the background). */
export interface PackedSnapshot {
  title: string;
  lang: string;
  head: string;
  nodes: string;
  text: string;
  parents: Uint32Array | number[];
  blocks: Uint32Array | number[];
}

// -- settings (extension/lib/settings.js) --------------------------------------------------

export type Mode = 'auto' | 'click';

export interface Settings {
  /** The global on/off switch. */
  enabled: boolean;
  /** auto: every page the core calls an article; click: only after a toolbar click. */
  mode: Mode;
  /** Hosts where Lede never runs (subdomains included), without "www.". */
  disabledSites: string[];
  /** "Paraphrased statements": paint reported statements besides the quotes (default true). */
  reported: boolean;
}

/** Why Lede does not paint: global switch, per-site switch, this tab, click mode not clicked. */
export type Why = 'off' | 'site' | 'tab' | 'click' | null;

export interface Decision {
  run: boolean;
  /** The user asked for this page: paint it even when it is no article. */
  force: boolean;
  why: Why;
}

// -- messages (extension/messages.js) ------------------------------------------------------

/** What a content script reports; `off` when switched off. */
export type ReportState = 'ready' | 'skipped' | 'error' | 'off';
/** What the background keeps for a tab (ReportState plus pending and idle). */
export type TabState = ReportState | 'pending' | 'idle';

export interface HelloMessage { type: 'lede:hello' }
export interface ReportMessage {
  type: 'lede:report';
  state: ReportState;
  insights: Insights | null;
  error: string | null;
}
export interface AnalyzeMessage { type: 'lede:analyze'; snapshot: PackedSnapshot }
export interface GetMessage { type: 'lede:get'; tabId: number }
export interface ToggleMessage { type: 'lede:toggle'; tabId: number; enabled: boolean }
export interface SiteMessage { type: 'lede:site'; tabId: number; enabled: boolean }
export interface ChangedMessage { type: 'lede:changed'; tabId: number }
export interface SwitchMessage { type: 'lede:switch'; enabled: boolean; force?: boolean }
/** Show or hide the reported statements painted in the page (the "Paraphrased statements" setting). */
export interface ShowMessage { type: 'lede:show'; reported: boolean }
/** UTF-16 offsets into article.text. */
export interface SeekMessage { type: 'lede:seek'; start: number; end: number }

/** Every message Lede's parts send each other (a union discriminated on `type`). */
export type Message =
  | HelloMessage | ReportMessage | AnalyzeMessage | GetMessage | ToggleMessage | SiteMessage
  | ChangedMessage | SwitchMessage | ShowMessage | SeekMessage;
export type MessageType = Message['type'];

/** One frame's last report, as the background keeps it. */
export interface FrameReport {
  state: ReportState;
  insights: Insights | null;
  error: string | null;
  /** The tab's address when the frame reported. */
  top?: string | null;
}

/** The background's record of a tab (storage.session), as `get` answers it. */
export interface TabRecord {
  tabId: number;
  url: string | null;
  enabled: boolean;
  clicked: boolean;
  clickedUrl: string | null;
  state: TabState;
  insights: Insights | null;
  error: string | null;
  frameId: number;
  frames: Record<string, FrameReport>;
  runs: number;
  /** Added by `get`: the tab's site, whether Lede runs there, the settings. */
  site?: string | null;
  siteEnabled?: boolean;
  settings?: Settings;
}

// -- the sidebar (extension/ui/sidebar.js) -------------------------------------------------

export type ViewState = TabState | 'empty';

export interface SidebarView {
  state?: ViewState;
  insights?: Insights | null;
  error?: string | null;
  url?: string | null;
  site?: string | null;
  siteEnabled?: boolean;
  /** "Paraphrased statements" on: list reported statements and count them in the chart (default true). */
  reported?: boolean;
}

export interface SidebarHandlers {
  onSeek?: (start: number, end: number) => boolean | void | Promise<boolean | void>;
  onToggle?: (enabled: boolean) => unknown;
  onSite?: (enabled: boolean) => unknown;
  /** The "Paraphrased statements" switch (shown only with this handler). */
  onReported?: (enabled: boolean) => unknown;
}

// -- Firefox-only extension APIs the shell feature-tests before use ------------------------

declare global {
  namespace chrome.runtime {
    /** Firefox only (undefined in Chrome): the browser's name and version. */
    function getBrowserInfo(): Promise<{ name: string; vendor: string; version: string; buildID: string }>;
  }
  namespace chrome.sidebarAction {
    /** Firefox only: opens the sidebar (inside a user gesture). */
    function open(): Promise<void>;
  }
}
