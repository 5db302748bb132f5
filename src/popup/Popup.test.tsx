// @vitest-environment happy-dom
// The popup's states and controls, driven through a stand-in PopupApi (no browser): what the reader sees for
// each situation, and what each button asks the extension to do.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Popup, type PopupApi, type PopupTabState, type SiteStatus } from './Popup.tsx';
import { parseSettings, type Settings } from '../shared/settings.ts';
import type { Card } from '../shared/types.ts';
import { emptyCard } from '../ui/test-card.ts';

const source = { name: 'example source', url: 'https://example.org/fact', asOf: '2024-05-02' };

const VULIN = emptyCard({
  id: 'p1',
  name: 'Aleksandar Vulin',
  type: 'person',
  headline: 'Deputy Prime Minister of Serbia',
  atDate: { date: '2024-10-24', offices: [{ title: 'Deputy Prime Minister of Serbia', start: '2024-05-02', end: null, source, asOfOnly: false }] },
  sanctions: [{ authority: 'US Treasury (OFAC)', program: 'Western Balkans', listed: '2023-07-11', source }],
});
const RIA = emptyCard({
  id: 'o1',
  name: 'RIA Novosti',
  type: 'outlet',
  headline: 'state-controlled (Russia)',
  stateAffiliation: { state: 'Russia', kind: 'state-controlled', source },
});
const SITE = emptyCard({
  id: 'o2',
  name: 'The Example Times',
  type: 'outlet',
  owner: { name: 'Example Media Ltd', source },
  reliability: { status: 'generally reliable', summary: null, source },
  designations: [{ by: 'Ministry of Justice', label: 'foreign agent', date: '2023-11-17', source }],
});
const KAZAN = emptyCard({ id: 'g1', name: 'Kazan', type: 'place', description: 'City in Russia.' });

function analysisState(cards: Card[], citedIds: string[], siteOutlet: Card | null = SITE, isArticle = true): PopupTabState {
  return {
    analysis: {
      article: { url: 'https://news.example.com/a', isArticle, title: 'A headline', byline: null, datePublished: '2024-10-24T10:00:00Z', publisher: null, lang: 'en' },
      siteOutlet,
      mentions: [],
      cards,
      citedIds,
    },
  };
}

interface Fake {
  api: PopupApi;
  saved: Settings[];
  sent: unknown[];
  enableSite: ReturnType<typeof vi.fn>;
}
function fakeApi(opts: {
  tab?: PopupTabState | null;
  site?: SiteStatus;
  settings?: Partial<Settings>;
  statusError?: string;
  search?: (q: string) => Card[];
  enable?: () => Promise<boolean>;
}): Fake {
  const saved: Settings[] = [];
  const sent: unknown[] = [];
  let settings = parseSettings(opts.settings ?? {});
  let tab = opts.tab ?? null;
  const enableSite = vi.fn(async () => {
    const granted = opts.enable ? await opts.enable() : false;
    if (granted) tab = analysisState([VULIN], []);
    return granted;
  });
  const api: PopupApi = {
    async send<T>(message: unknown) {
      sent.push(message);
      const m = message as { kind: string; query?: string };
      if (m.kind === 'status') return opts.statusError ? { ok: false as const, error: opts.statusError } : { ok: true as const, result: {} as T };
      if (m.kind === 'tab-state') return { ok: true as const, result: tab as T };
      if (m.kind === 'search') return { ok: true as const, result: (opts.search?.(m.query!) ?? []) as T };
      return { ok: false as const, error: 'unexpected' };
    },
    siteStatus: async () => opts.site ?? { host: 'news.example.com', enabled: true },
    enableSite,
    loadSettings: async () => settings,
    saveSettings: async (next) => {
      settings = next;
      saved.push(next);
    },
    openOptions: () => undefined,
  };
  return { api, saved, sent, enableSite };
}

let root: HTMLElement;
function mount(api: PopupApi, tabId: number | undefined = 7) {
  root = document.createElement('div');
  document.body.append(root);
  render(<Popup api={api} tabId={tabId} />, root);
}
afterEach(() => {
  render(null, root);
  root.remove();
});
const q = (sel: string) => root.querySelector(sel);
const names = (sel: string) => [...root.querySelectorAll(`${sel} .sc-name`)].map((e) => e.textContent);
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement | undefined;

describe('Popup', () => {
  it('shows the outlet being read with its owner, designations and reliability, then sources cited, then groups', async () => {
    mount(fakeApi({ tab: analysisState([VULIN, RIA, KAZAN], ['o1']) }).api);
    await vi.waitFor(() => expect(q('[data-section="site"]')).not.toBeNull());
    const site = q('[data-section="site"]')!;
    expect(site.querySelector('.sc-owner')?.textContent).toContain('Example Media Ltd');
    expect(site.querySelector('.sc-designations')?.textContent).toContain('foreign agent');
    expect(site.querySelector('.sc-reliability')?.textContent).toContain('generally reliable');
    for (const section of ['.sc-owner', '.sc-designations', '.sc-reliability']) {
      expect(site.querySelector(`${section} .sc-cite a`)?.getAttribute('href')).toBe('https://example.org/fact');
    }
    expect(names('[data-section="cited"]')).toEqual(['RIA Novosti']);
    expect(q('[data-section="cited"] .sc-flag')?.textContent).toBe('State media: Russia');
    expect(names('[data-section="people"]')).toEqual(['Aleksandar Vulin']);
    expect(q('[data-section="people"] .sc-flag')?.textContent).toBe('Sanctioned');
    expect(names('[data-section="places"]')).toEqual(['Kazan']);
    expect(q('.sc-article')?.textContent).toContain('A headline');
  });

  it('shows only the entity types the reader chose in the options', async () => {
    mount(fakeApi({ tab: analysisState([VULIN, RIA, KAZAN], ['o1']), settings: { types: ['person'] } }).api);
    await vi.waitFor(() => expect(names('[data-section="people"]')).toEqual(['Aleksandar Vulin']));
    expect(q('[data-section="site"]')).toBeNull();
    expect(q('[data-section="cited"]')).toBeNull();
    expect(q('[data-section="places"]')).toBeNull();
  });

  it('opens a compact card with its disclosure button', async () => {
    mount(fakeApi({ tab: analysisState([VULIN], []) }).api);
    await vi.waitFor(() => expect(q('[data-section="people"] .sc-disclosure')).not.toBeNull());
    const toggle = q('[data-section="people"] .sc-disclosure') as HTMLButtonElement;
    const more = root.querySelector(`#${toggle.getAttribute('aria-controls')}`) as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(more.hidden).toBe(true);
    toggle.click();
    await vi.waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    expect(more.hidden).toBe(false);
    expect(more.querySelector('.sc-sanctions')?.textContent).toContain('US Treasury (OFAC)');
    expect(more.querySelector('.sc-at-date')?.textContent).toContain('Deputy Prime Minister of Serbia');
  });

  it('says when the page is not an article', async () => {
    mount(fakeApi({ tab: analysisState([], [], null, false) }).api);
    await vi.waitFor(() => expect(q('[data-state="not-article"]')?.textContent).toBe('This page does not look like a news article.'));
  });

  it('says when nothing was found, also below the outlet being read', async () => {
    mount(fakeApi({ tab: analysisState([], [], SITE) }).api);
    await vi.waitFor(() => expect(q('[data-state="nothing-found"]')).not.toBeNull());
    expect(names('[data-section="site"]')).toEqual(['The Example Times']);
  });

  it('shows a dataset error as an alert', async () => {
    mount(fakeApi({ tab: null, statusError: 'manifest.json: hash mismatch' }).api);
    await vi.waitFor(() => expect(q('[role="alert"]')?.textContent).toBe('The dataset could not be loaded: manifest.json: hash mismatch'));
    expect(q('[data-state="not-article"]')).toBeNull();
  });

  it('offers to enable a site without permission, and shows the cards once granted', async () => {
    const fake = fakeApi({ tab: null, site: { host: 'blog.example.net', enabled: false }, enable: async () => true });
    mount(fake.api);
    await vi.waitFor(() => expect(button('Enable on blog.example.net')).toBeDefined());
    button('Enable on blog.example.net')!.click();
    expect(fake.enableSite).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(names('[data-section="people"]')).toEqual(['Aleksandar Vulin']));
  });

  it('says so when the reader declines the permission', async () => {
    const fake = fakeApi({ tab: null, site: { host: 'blog.example.net', enabled: false }, enable: async () => false });
    mount(fake.api);
    await vi.waitFor(() => expect(button('Enable on blog.example.net')).toBeDefined());
    button('Enable on blog.example.net')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('Permission was not granted; nothing changed.'));
  });

  it('turns the extension off and on again for this site', async () => {
    const fake = fakeApi({ tab: analysisState([VULIN], []), settings: { disabledSites: ['other.org'] } });
    mount(fake.api);
    await vi.waitFor(() => expect(button('Off for this site')).toBeDefined());
    button('Off for this site')!.click();
    await vi.waitFor(() => expect(q('[data-state="site-off"]')?.textContent).toContain('turned off on news.example.com'));
    expect(fake.saved.at(-1)!.disabledSites).toEqual(['other.org', 'news.example.com']);
    expect(q('[data-section="people"]')).toBeNull();
    button('On for this site')!.click();
    await vi.waitFor(() => expect(names('[data-section="people"]')).toEqual(['Aleksandar Vulin']));
    expect(fake.saved.at(-1)!.disabledSites).toEqual(['other.org']);
  });

  it('searches the dataset, announces the results, and clears with Escape', async () => {
    const fake = fakeApi({ tab: null, search: (query) => (/vul/i.test(query) ? [VULIN, RIA] : []) });
    mount(fake.api);
    const input = await vi.waitFor(() => q('#sc-search-input') as HTMLInputElement);
    input.value = 'Vul';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(q('[data-testid="search-status"]')?.textContent).toBe('Results: 2'));
    expect(names('[data-section="search"]')).toEqual(['Aleksandar Vulin', 'RIA Novosti']);
    expect(fake.sent).toContainEqual({ kind: 'search', query: 'Vul', date: null });
    const results = [...root.querySelectorAll('[data-section="search"] .sc-disclosure')];
    const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    input.focus();
    press('ArrowDown');
    expect(document.activeElement).toBe(results[0]);
    press('ArrowDown');
    expect(document.activeElement).toBe(results[1]);
    press('ArrowDown');
    expect(document.activeElement).toBe(results[1]);
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement).toBe(input);
    input.value = 'zzz';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(q('[data-testid="search-status"]')?.textContent).toBe('No match in the dataset.'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(input.value).toBe(''));
    expect(q('[data-testid="search-status"]')?.textContent).toBe('');
  });
});
