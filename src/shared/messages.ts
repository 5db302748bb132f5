// Every message between content script, popup, options page and worker, as zod schemas.
// The worker parses each incoming message with `Request` and rejects what does not fit.
import * as z from 'zod/mini';

const ArticleInfo = z.object({
  url: z.string().check(z.maxLength(4096)),
  isArticle: z.boolean(),
  title: z.nullable(z.string().check(z.maxLength(2000))),
  byline: z.nullable(z.string().check(z.maxLength(2000))),
  datePublished: z.nullable(z.string().check(z.maxLength(64))),
  publisher: z.nullable(z.string().check(z.maxLength(500))),
  lang: z.nullable(z.string().check(z.maxLength(35))),
});

/** Upper bound on the article text a page may send: about 2 million characters (a very long article is ~100k). */
export const MAX_TEXT = 2_000_000;

export const AnalyzeRequest = z.object({
  kind: z.literal('analyze'),
  article: ArticleInfo,
  /** The page's `<link rel=canonical>`, which names the outlet when the page is a mirror or a saved copy. */
  canonicalUrl: z.nullable(z.string().check(z.maxLength(4096))),
  /** The article body's text, blocks joined by blank lines; mentions come back as offsets into it. */
  text: z.string().check(z.maxLength(MAX_TEXT)),
  /** Hosts of links inside the body, for cited-source flags. */
  linkHosts: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5000)),
});

export const CardRequest = z.object({
  kind: z.literal('card'),
  id: z.string().check(z.maxLength(64)),
  date: z.nullable(z.string().check(z.maxLength(64))),
});

export const SearchRequest = z.object({
  kind: z.literal('search'),
  query: z.string().check(z.maxLength(200)),
  date: z.nullable(z.string().check(z.maxLength(64))),
});

export const TabStateRequest = z.object({
  kind: z.literal('tab-state'),
  tabId: z.number(),
});

export const HideCardRequest = z.object({
  kind: z.literal('hide-card'),
  id: z.string().check(z.maxLength(64)),
});

export const StatusRequest = z.object({ kind: z.literal('status') });

export const Request = z.discriminatedUnion('kind', [
  AnalyzeRequest,
  CardRequest,
  SearchRequest,
  TabStateRequest,
  HideCardRequest,
  StatusRequest,
]);
export type Request = z.infer<typeof Request>;
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

/** Every answer from the worker: a result, or the reason the request was refused or failed. */
export type Reply<T> = { ok: true; result: T } | { ok: false; error: string };
