// What the worker does with an article: link its text, add outlets cited by link, build the cards.
// Pure (no browser APIs): the worker, the headless demo and the tests all run this.
import type { Dataset } from '../dataset/store.ts';
import { buildCard } from '../dataset/card.ts';
import type { Linker } from '../match/index.ts';
import type { ArticleInfo, Card, Mention } from '../shared/types.ts';
import type { AnalyzeRequest } from '../shared/messages.ts';

export interface Analysis {
  article: ArticleInfo;
  /** The outlet being read, when the dataset knows the site. */
  siteOutlet: Card | null;
  mentions: Mention[];
  /** One card per linked entity, in order of first mention. */
  cards: Card[];
  /** Ids of outlets the article quotes or links ("sources cited"). */
  citedIds: string[];
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The site's own canonical host wins over the address bar: a mirror or a local copy of an article is still that outlet. */
function siteHosts(article: ArticleInfo, canonicalUrl: string | null): string[] {
  return [canonicalUrl, article.url].map((u) => (u ? hostOf(u) : null)).filter((h): h is string => !!h);
}

export async function analyze(
  dataset: Dataset,
  linker: Linker,
  request: AnalyzeRequest,
  hidden: ReadonlySet<string> = new Set(),
): Promise<Analysis> {
  const { article } = request;
  const date = article.datePublished ? article.datePublished.slice(0, 10) : null;

  const siteOutletId = siteHosts(article, request.canonicalUrl)
    .map((h) => dataset.outletForHost(h))
    .find((id): id is string => !!id);

  const mentions = article.isArticle ? linker.link(request.text, { lang: article.lang, date }).filter((m) => !hidden.has(m.id)) : [];

  const cited = new Set<string>();
  for (const m of mentions) if (m.cited) cited.add(m.id);
  for (const host of request.linkHosts) {
    const id = dataset.outletForHost(host);
    if (id && id !== siteOutletId && !hidden.has(id)) cited.add(id);
  }

  // A Set keeps insertion order: the entities in order of first mention, then outlets cited only by link.
  const order = new Set<string>();
  const titleFor = new Map<string, string>();
  for (const m of mentions) {
    order.add(m.id);
    if (m.titleInText && !titleFor.has(m.id)) titleFor.set(m.id, m.titleInText);
  }
  for (const id of cited) order.add(id);

  const wanted = siteOutletId ? [...order, siteOutletId] : [...order];
  const entities = await dataset.getEntities(wanted);
  const sources = dataset.sourcesById();
  const cards: Card[] = [];
  for (const id of order) {
    const entity = entities.get(id);
    if (entity) cards.push(buildCard(entity, sources, date, { titleInText: titleFor.get(id) ?? null }));
  }
  const siteEntity = siteOutletId ? entities.get(siteOutletId) : undefined;
  return {
    article,
    siteOutlet: siteEntity ? buildCard(siteEntity, sources, date) : null,
    mentions: mentions.filter((m) => entities.has(m.id)),
    cards,
    citedIds: [...cited].filter((id) => entities.has(id)),
  };
}
