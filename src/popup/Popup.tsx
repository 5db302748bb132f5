// The toolbar popup: the outlet being read, the sources the article cites, then everyone and everything it
// names, each a compact card; a search box over the whole dataset; clear states when there is nothing to show.
import { useEffect, useState } from 'preact/hooks';
import { Card } from '../ui/Card.tsx';
import { t } from '../ui/i18n.ts';
import { formatDate } from '../ui/Card.tsx';
import type { Card as CardData } from '../shared/types.ts';
import type { TabState } from '../background/index.ts';

type Reply<T> = { ok: true; result: T } | { ok: false; error: string };

export interface PopupApi {
  send<T>(message: unknown): Promise<Reply<T>>;
  /** Whether the extension runs on the tab's site; `enable` asks for the site and injects the script at once. */
  siteStatus(): Promise<{ host: string | null; enabled: boolean }>;
  enableSite(): Promise<boolean>;
  openOptions(): void;
}

export function Popup({ api, tabId }: { api: PopupApi; tabId: number | undefined }) {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [site, setSite] = useState<{ host: string | null; enabled: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    const status = await api.send<unknown>({ kind: 'status' });
    if (!status.ok) setError(status.error);
    if (tabId === undefined) return setState(null);
    const reply = await api.send<TabState | null>({ kind: 'tab-state', tabId });
    setState(reply.ok ? reply.result : null);
    setSite(await api.siteStatus());
  };
  useEffect(() => {
    void refresh();
    // The page may still be loading: look again shortly, a bounded number of times.
    let tries = 0;
    const timer = setInterval(() => {
      if (++tries > 10) clearInterval(timer);
      void refresh();
    }, 700);
    return () => clearInterval(timer);
  }, [tabId]);

  const analysis = state?.analysis;
  const date = analysis?.article.datePublished?.slice(0, 10) ?? null;
  const cited = analysis ? analysis.cards.filter((c) => analysis.citedIds.includes(c.id)) : [];
  const named = analysis ? analysis.cards.filter((c) => !analysis.citedIds.includes(c.id)) : [];

  return (
    <main class="sc-popup sc-theme">
      <header class="sc-popup-head">
        <h1>{t('extensionName')}</h1>
        <button type="button" class="sc-link-button" onClick={() => api.openOptions()}>
          {t('popupOptions')}
        </button>
      </header>
      {error && (
        <p class="sc-error" role="alert">
          {t('datasetError', error)}
        </p>
      )}
      <Search api={api} date={date} />
      {state === undefined ? (
        <p class="sc-state" role="status">{t('popupLoading')}</p>
      ) : !analysis ? (
        site && !site.enabled && site.host ? (
          <section class="sc-state">
            <p>{t('popupNotEnabled')}</p>
            <button
              type="button"
              class="sc-button"
              onClick={async () => {
                if (await api.enableSite()) setTimeout(() => void refresh(), 500);
              }}
            >
              {t('popupEnableSite', site.host)}
            </button>
          </section>
        ) : (
          <p class="sc-state" role="status">{t('popupNotArticle')}</p>
        )
      ) : !analysis.article.isArticle ? (
        <p class="sc-state" role="status">{t('popupNotArticle')}</p>
      ) : (
        <>
          {analysis.article.title && (
            <p class="sc-article">
              <strong>{analysis.article.title}</strong>
              {date && <span class="sc-muted"> — {t('popupArticleDate', formatDate(date))}</span>}
            </p>
          )}
          {analysis.siteOutlet && (
            <CardSection heading={t('popupSiteHeading')} cards={[analysis.siteOutlet]} expanded testId="site" />
          )}
          {cited.length > 0 && <CardSection heading={t('popupCitedHeading')} cards={cited} testId="cited" />}
          {named.length > 0 && <CardSection heading={t('popupEntitiesHeading')} cards={named} testId="named" />}
          {analysis.cards.length === 0 && !analysis.siteOutlet && (
            <p class="sc-state" role="status">{t('popupNothingFound')}</p>
          )}
        </>
      )}
    </main>
  );
}

function CardSection({ heading, cards, expanded = false, testId }: { heading: string; cards: CardData[]; expanded?: boolean; testId: string }) {
  return (
    <section class="sc-popup-section" data-section={testId} aria-label={heading}>
      <h2 class="sc-section-heading">{heading}</h2>
      <ul class="sc-card-list">
        {cards.map((card) => (
          <li key={card.id}>
            <Card card={card} expanded={expanded} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Search({ api, date }: { api: PopupApi; date: string | null }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CardData[] | null>(null);
  useEffect(() => {
    if (query.trim().length < 2) return setResults(null);
    const timer = setTimeout(async () => {
      const reply = await api.send<CardData[]>({ kind: 'search', query: query.trim(), date });
      setResults(reply.ok ? reply.result : []);
    }, 150);
    return () => clearTimeout(timer);
  }, [query, date]);
  return (
    <section class="sc-search" role="search">
      <label for="sc-search-input" class="sc-visually-hidden">
        {t('popupSearchLabel')}
      </label>
      <input
        id="sc-search-input"
        type="search"
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {results && (
        <div aria-live="polite">
          {results.length === 0 ? (
            <p class="sc-muted">{t('popupNoResults')}</p>
          ) : (
            <ul class="sc-card-list" data-section="search">
              {results.map((card) => (
                <li key={card.id}>
                  <Card card={card} expanded={false} headingLevel={3} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
