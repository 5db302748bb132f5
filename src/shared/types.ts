// Types shared by the content script, the worker, the popup and the command line.
import type { EntityType } from '../dataset/schema.ts';

export type { EntityType };

/** A fact's provenance as shown to the reader: the source's name, the page that states it, the date it holds for. */
export interface SourceRef {
  name: string;
  url: string;
  asOf: string;
}

/** What the extension shows for one entity on an article of a given date (also `source-context lookup --json`). */
export interface Card {
  id: string;
  qid: string | null;
  type: EntityType;
  name: string;
  description: string | null;
  /** The one line that matters on the article's date: an office then, "state-owned (Russia)", a sanction. */
  headline: string | null;
  countries: string[];
  atDate: {
    date: string | null;
    offices: Array<{ title: string; start: string | null; end: string | null; source: SourceRef; asOfOnly: boolean }>;
  };
  /** Every office known, newest first, for the details view. */
  offices: Array<{ title: string; start: string | null; end: string | null; source: SourceRef }>;
  parties: Array<{ name: string; start: string | null; end: string | null; source: SourceRef }>;
  sanctions: Array<{ authority: string; program: string; listed: string | null; source: SourceRef }>;
  /** Listings matched by name alone: never stated as facts, shown only with the listing's own details. */
  possibleSanctions: Array<{ authority: string; program: string; listed: string | null; details: string; source: SourceRef }>;
  stateAffiliation: { state: string; kind: string; source: SourceRef } | null;
  owner: { name: string; source: SourceRef } | null;
  reliability: { status: string; summary: string | null; source: SourceRef } | null;
  designations: Array<{ by: string; label: string; date: string | null; source: SourceRef }>;
  facts: Array<{ text: string; source: SourceRef; asOf: string }>;
  links: { wikipedia?: string; wikidata?: string; website?: string };
  /** Present when the article puts a title before the name that disagrees with the offices held on its date. */
  titleCheck?: { saidInText: string; note: string; source: SourceRef } | null;
}

/** What the content script learned about the page. */
export interface ArticleInfo {
  url: string;
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD...) or null. */
  datePublished: string | null;
  publisher: string | null;
  lang: string | null;
}

/** One linked name in a text, with UTF-16 offsets. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  id: string;
  type: EntityType;
  /** The text cites this outlet as a source ("told the state-run RIA Novosti", "according to TASS"). */
  cited?: boolean;
  /** A title written before the name in the text, e.g. "Prime Minister". */
  titleInText?: string;
}

export type HighlightMode = 'off' | 'popup' | 'first' | 'all';
