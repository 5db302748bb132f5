// The toolbar popup: the outlet being read, the sources the article cites, then the people, organisations and
// places it names, each a compact card; a search box over the whole dataset; clear states when there is nothing
// to show. Talks to the browser only through `PopupApi`, so the unit tests drive it with a stand-in.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Card, formatDate } from '../ui/Card.tsx';
import { t } from '../ui/i18n.ts';
import type { MessageKey } from '../ui/strings.ts';
import type { Card as CardData, EntityType } from '../shared/types.ts';
import type { Analysis } from '../background/analyze.ts';
import { isSiteDisabled, siteKey, type Settings } from '../shared/settings.ts';
import type { Reply } from '../shared/messages.ts';


/** What the popup shows for a tab: the worker's `TabState` as far as the popup reads it. */
export interface PopupTabState {
  analysis: Analysis;
}

export interface SiteStatus {
  /** The tab's host name, when the browser lets the popup see the tab's address. */
  host: string | null;
  /** Whether the extension may run on that host (a supported site, or one the reader enabled). */
  enabled: boolean;
}

export interface PopupApi {
  send<T>(message: unknown): Promise<Reply<T>>;
  siteStatus(): Promise<SiteStatus>;
  /** Asks for the site's host permission (straight from the click) and runs the content script at once. */
  enableSite(): Promise<boolean>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  openOptions(): void;
}

/** How the article's entities are grouped below the outlet and the sources cited. */
const GROUPS: Array<{ key: string; heading: MessageKey; types: EntityType[] }> = [
  { key: 'people', heading: 'popupPeopleHeading', types: ['person'] },
  { key: 'organizations', heading: 'popupOrganizationsHeading', types: ['organization'] },
  { key: 'outlets', heading: 'popupOutletsHeading', types: ['outlet'] },
  { key: 'places', heading: 'popupPlacesHeading', types: ['country', 'place'] },
];

const POLL_MS = 700;
const POLL_TIMES = 10;

export function Popup({ api, tabId }: { api: PopupApi; tabId: number | undefined }) {
  const [state, setState] = useState<PopupTabState | null | undefined>(undefined);
  const [site, setSite] = useState<SiteStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [datasetError, setDatasetError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = async () => {
    const [status, reply, siteNow, settingsNow] = await Promise.all([
      api.send<unknown>({ kind: 'status' }),
      tabId === undefined ? Promise.resolve(null) : api.send<PopupTabState | null>({ kind: 'tab-state', tabId }),
      api.siteStatus().catch(() => ({ host: null, enabled: false })),
      api.loadSettings(),
    ]);
    setDatasetError(status.ok ? null : status.error);
    setState(reply && reply.ok ? reply.result : null);
    setSite(siteNow);
    setSettings(settingsNow);
  };
  useEffect(() => {
    void refresh();
    // The page may still be loading or the content script just injected: look again, a bounded number of times.
    let tries = 0;
    const timer = setInterval(() => {
      if (++tries >= POLL_TIMES) clearInterval(timer);
      void refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [tabId]);

  const analysis = state?.analysis;
  const host = site?.host ?? hostOf(analysis?.article.url);
  const siteOff = !!(host && settings && isSiteDisabled(settings, host));
  const date = analysis?.article.datePublished?.slice(0, 10) ?? null;

  const setSiteOff = async (off: boolean) => {
    if (!host || !settings) return;
    const key = siteKey(host);
    const disabledSites = off
      ? [...new Set([...settings.disabledSites, key])]
      : settings.disabledSites.filter((s) => !isSiteDisabled({ ...settings, disabledSites: [s] }, host));
    const next = { ...settings, disabledSites };
    setSettings(next);
    await api.saveSettings(next);
  };

  let body;
  if (state === undefined) {
    body = <p class="sc-state" role="status">{t('popupLoading')}</p>;
  } else if (siteOff && host) {
    body = (
      <section class="sc-state sc-state-box" data-state="site-off">
        <p>{t('popupSiteOff', host)}</p>
        <button type="button" class="sc-button" onClick={() => void setSiteOff(false)}>
          {t('siteToggleOn')}
        </button>
      </section>
    );
  } else if (!analysis && site && !site.enabled && site.host) {
    body = (
      <section class="sc-state sc-state-box" data-state="not-enabled">
        <p>{t('popupNotEnabled')}</p>
        <button
          type="button"
          class="sc-button"
          onClick={async () => {
            setNotice(null);
            const granted = await api.enableSite().catch(() => false);
            if (granted) void refresh();
            else setNotice(t('popupEnableDenied'));
          }}
        >
          {t('popupEnableSite', site.host)}
        </button>
        {notice && <p class="sc-muted" role="status">{notice}</p>}
      </section>
    );
  } else if (!analysis && datasetError) {
    // The alert above says what is wrong; "not an article" would be a guess.
    body = null;
  } else if (!analysis || !analysis.article.isArticle) {
    body = (
      <p class="sc-state" role="status" data-state="not-article">
        {t('popupNotArticle')}
      </p>
    );
  } else {
    body = <ArticleView analysis={analysis} date={date} types={settings?.types ?? null} />;
  }

  return (
    <main class="sc-popup sc-theme">
      <header class="sc-popup-head">
        <h1>{t('extensionName')}</h1>
        <div class="sc-popup-actions">
          {host && settings && !siteOff && (analysis || site?.enabled) && (
            <button type="button" class="sc-link-button" data-action="site-off" onClick={() => void setSiteOff(true)}>
              {t('siteToggleOff')}
            </button>
          )}
          <button type="button" class="sc-icon-button" aria-label={t('popupOptions')} title={t('popupOptions')} onClick={() => api.openOptions()}>
            <GearIcon />
          </button>
        </div>
      </header>
      {datasetError && (
        <p class="sc-error" role="alert" data-state="dataset-error">
          {t('datasetError', datasetError)}
        </p>
      )}
      <Search api={api} date={date} />
      {body}
    </main>
  );
}

function GearIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
      <circle cx="12" cy="12" r="3" />
      <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
    </svg>
  );
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** The article's cards; `types` (the reader's "Show cards for" choice) filters them, as it does on the page. */
function ArticleView({ analysis, date, types }: { analysis: Analysis; date: string | null; types: EntityType[] | null }) {
  const shown = (c: CardData) => !types || types.includes(c.type);
  const citedIds = new Set(analysis.citedIds);
  const cited = analysis.cards.filter((c) => citedIds.has(c.id) && shown(c));
  const named = analysis.cards.filter((c) => !citedIds.has(c.id) && shown(c));
  const siteOutlet = analysis.siteOutlet && shown(analysis.siteOutlet) ? analysis.siteOutlet : null;
  return (
    <>
      {analysis.article.title && (
        <p class="sc-article">
          <span class="sc-article-title">{analysis.article.title}</span>
          {date && <span class="sc-article-date">{t('popupArticleDate', formatDate(date))}</span>}
        </p>
      )}
      {siteOutlet && (
        <section class="sc-popup-section" data-section="site" aria-labelledby="sc-h-site">
          <h2 class="sc-section-heading" id="sc-h-site">
            {t('popupSiteHeading')}
          </h2>
          <div class="sc-site-card">
            <Card card={siteOutlet} mode="summary" headingLevel={3} describeFirst={false} />
          </div>
        </section>
      )}
      {cited.length > 0 && <CardList id="cited" heading={t('popupCitedHeading')} cards={cited} />}
      {named.length > 0 && (
        <div data-section="named">
          {GROUPS.map((group) => {
            const cards = named.filter((c) => group.types.includes(c.type));
            return cards.length ? (
              <CardList key={group.key} id={group.key} heading={t(group.heading)} cards={cards} showType={group.types.length > 1} />
            ) : null;
          })}
        </div>
      )}
      {cited.length + named.length === 0 && (
        <p class="sc-state" role="status" data-state="nothing-found">
          {t('popupNothingFound')}
        </p>
      )}
    </>
  );
}

function CardList({ id, heading, cards, showType = false }: { id: string; heading: string; cards: CardData[]; showType?: boolean }) {
  return (
    <section class="sc-popup-section" data-section={id} aria-labelledby={`sc-h-${id}`}>
      <h2 class="sc-section-heading" id={`sc-h-${id}`}>
        {heading}
      </h2>
      <ul class="sc-card-list">
        {cards.map((card) => (
          <li key={card.id}>
            <Card card={card} mode="compact" headingLevel={3} showType={showType} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Search({ api, date }: { api: PopupApi; date: string | null }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CardData[] | null>(null);
  const latest = useRef(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      latest.current++;
      setResults(null);
      return;
    }
    const timer = setTimeout(async () => {
      // Only the answer to the newest query is shown, whatever order the answers arrive in.
      const asked = ++latest.current;
      const reply = await api.send<CardData[]>({ kind: 'search', query: q, date });
      if (asked === latest.current) setResults(reply.ok ? reply.result : []);
    }, 150);
    return () => clearTimeout(timer);
  }, [query, date]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && results?.length) {
      e.preventDefault();
      list.current?.querySelector<HTMLElement>('.sc-disclosure')?.focus();
    } else if (e.key === 'Escape' && query) {
      // Escape clears the box first; a second Escape closes the popup as usual.
      e.preventDefault();
      e.stopPropagation();
      setQuery('');
    }
  };
  // Up and Down move between the results' names; Up from the first goes back to the box.
  const onResultsKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const names = [...(list.current?.querySelectorAll<HTMLElement>('.sc-disclosure') ?? [])];
    const at = names.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    const next = at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) document.getElementById('sc-search-input')?.focus();
    else names[Math.min(next, names.length - 1)].focus();
  };
  const announcement = results === null ? '' : results.length ? t('popupSearchResults', String(results.length)) : t('popupNoResults');

  return (
    <section class="sc-search" role="search" aria-label={t('popupSearchLabel')}>
      <label for="sc-search-input" class="sc-visually-hidden">
        {t('popupSearchLabel')}
      </label>
      <input
        id="sc-search-input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('popupSearchPlaceholder')}
        aria-describedby="sc-search-hint"
        aria-controls="sc-search-results"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id="sc-search-hint" class="sc-visually-hidden">
        {t('popupSearchHint')}
      </p>
      <p class="sc-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="search-status">
        {announcement}
      </p>
      <div id="sc-search-results">
        {results &&
          (results.length === 0 ? (
            <p class="sc-muted sc-search-empty">{t('popupNoResults')}</p>
          ) : (
            <ul class="sc-card-list" data-section="search" ref={list} onKeyDown={onResultsKeyDown}>
              {results.map((card) => (
                <li key={card.id}>
                  <Card card={card} mode="compact" headingLevel={2} />
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
