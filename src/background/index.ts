// The worker: owns the dataset and the linker, answers the content script and the popup, keeps the badge.
// Chrome runs this as a service worker and Firefox as an event page; either may stop it at any time, so
// per-tab results live in storage.session and the dataset is reopened lazily on the next message.
import * as platform from '../platform/browser.ts';
import { Request } from '../shared/messages.ts';
import { Dataset } from '../dataset/store.ts';
import { buildCard } from '../dataset/card.ts';
import { createLinker, type Linker } from '../match/index.ts';
import { analyze, type Analysis } from './analyze.ts';
import { checkSender } from './sender.ts';
import { extraOrigins } from './granted-sites.ts';
import { SETTINGS_KEY, isSiteDisabled, parseSettings } from '../shared/settings.ts';

interface Loaded {
  dataset: Dataset;
  linker: Linker;
}
let loading: Promise<Loaded> | null = null;

function load(): Promise<Loaded> {
  if (!loading) {
    loading = Dataset.open({ readText: (path) => platform.fetchExtensionText(`dataset/${path}`) }).then((dataset) => ({
      dataset,
      linker: createLinker(dataset.nameIndex),
    }));
    // A failed load (a corrupt file) is retried on the next message rather than cached forever.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

export interface TabState {
  analysis: Analysis;
  hidden: string[];
}

async function handle(request: Request, tabId: number | undefined): Promise<unknown> {
  switch (request.kind) {
    case 'status': {
      const { dataset } = await load();
      return { version: dataset.manifest.version, builtAt: dataset.manifest.builtAt, sources: dataset.manifest.sources };
    }
    case 'analyze': {
      if (tabId === undefined) throw new Error('analyze comes only from a page');
      const { dataset, linker } = await load();
      const previous = await platform.getSession<TabState>(tabKey(tabId));
      // The same page analysed again (late content, history navigation) keeps what the reader hid.
      const hidden = previous && previous.analysis.article.url === request.article.url ? previous.hidden : [];
      const analysis = await analyze(dataset, linker, request, new Set(hidden));
      await platform.setSession(tabKey(tabId), { analysis, hidden } satisfies TabState);
      await platform.setBadge(tabId, analysis.cards.length ? String(analysis.cards.length) : '');
      return analysis;
    }
    case 'tab-state':
      return (await platform.getSession<TabState>(tabKey(request.tabId))) ?? null;
    case 'hide-card': {
      if (tabId === undefined) throw new Error('hide-card comes only from a page');
      const state = await platform.getSession<TabState>(tabKey(tabId));
      if (!state) return null;
      state.hidden = [...new Set([...state.hidden, request.id])];
      state.analysis.cards = state.analysis.cards.filter((c) => c.id !== request.id);
      state.analysis.citedIds = state.analysis.citedIds.filter((id) => id !== request.id);
      await platform.setSession(tabKey(tabId), state);
      await platform.setBadge(tabId, state.analysis.cards.length ? String(state.analysis.cards.length) : '');
      return state;
    }
    case 'card': {
      const { dataset } = await load();
      const entity = await dataset.getEntity(request.id);
      return entity ? buildCard(entity, dataset.sourcesById(), request.date) : null;
    }
    case 'search': {
      const { dataset } = await load();
      const found = await dataset.search(request.query, 8);
      const sources = dataset.sourcesById();
      return found.map((entity) => buildCard(entity, sources, request.date));
    }
  }
}

platform.onMessage((message, sender) => {
  const refused = checkSender(message, sender, platform.extensionId(), platform.extensionUrl(''));
  if (refused) {
    console.warn(`Source Context: refused a message: ${refused}`);
    return Promise.resolve({ ok: false, error: refused });
  }
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    const reason = `malformed message: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;
    console.warn(`Source Context: refused a message: ${reason}`);
    return Promise.resolve({ ok: false, error: reason });
  }
  return handle(parsed.data, sender.tab?.id).then(
    (result) => ({ ok: true, result }),
    (error: unknown) => {
      console.error('Source Context:', error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    },
  );
});

platform.onTabRemoved((tabId) => void platform.removeSession(tabKey(tabId)));

const GRANTED_SITES_SCRIPT = 'granted-sites';
async function syncGrantedSites(): Promise<void> {
  try {
    const origins = extraOrigins(await platform.grantedOrigins(), platform.manifestContentMatches());
    await platform.setRegisteredContentScript(GRANTED_SITES_SCRIPT, origins);
  } catch (error) {
    console.warn('Source Context: could not register the content script for enabled sites:', error);
  }
}
platform.onStartupOrInstall(() => void syncGrantedSites());
platform.onPermissionsChanged(() => void syncGrantedSites());

// A site the reader turns off loses its stored results and its badge at once, in every tab showing it.
platform.onLocalChange(async (changes) => {
  if (!changes[SETTINGS_KEY]) return;
  const settings = parseSettings(changes[SETTINGS_KEY].newValue);
  for (const [key, value] of Object.entries(await platform.allSession())) {
    const tabId = Number(key.slice('tab:'.length));
    const url = key.startsWith('tab:') ? (value as TabState | undefined)?.analysis?.article.url : undefined;
    if (!url || !Number.isInteger(tabId)) continue;
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    if (isSiteDisabled(settings, host) || settings.highlightMode === 'off') {
      await platform.removeSession(key);
      await platform.setBadge(tabId, '');
    }
  }
});
