// The content script: detect the article, send its body text to the worker, highlight what comes back, host the
// hover cards. Runs on supported news sites (and sites the reader enabled); quiet everywhere else.
import * as platform from '../platform/browser.ts';
import { detectArticle } from '../detect/index.ts';
import type { AnalyzeRequest } from '../shared/messages.ts';
import { SETTINGS_KEY, isSiteDisabled, parseSettings, type Settings } from '../shared/settings.ts';
import type { Card, Mention } from '../shared/types.ts';
import { reportUrl } from '../shared/project.ts';
import type { Analysis } from '../background/analyze.ts';
import { buildTextMap } from './text-map.ts';
import { highlight, mentionsForMode, unhighlight } from './highlight.ts';
import { HoverCards } from './hover-card.tsx';
import { t } from '../ui/i18n.ts';

type Reply<T> = { ok: true; result: T } | { ok: false; error: string };

const RERUN_DEBOUNCE_MS = 800;
/** Late content and single-page navigation re-run detection, but never more than this per address. */
const MAX_RUNS_PER_URL = 6;

class PageSession {
  private settings: Settings = parseSettings(undefined);
  private marks: HTMLElement[] = [];
  private cards = new Map<string, Card>();
  private analysis: Analysis | null = null;
  private hover: HoverCards;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private runs = 0;
  private runningFor = '';
  private running = false;
  private stopped = false;
  private lastUrl = location.href;
  private lastBodyLength = 0;

  constructor() {
    this.hover = new HoverCards(document, {
      cardFor: (id) => this.cards.get(id),
      onWrongCard: (card) => void this.hideCard(card),
      reportUrl: (card) => reportUrl(card, location.href, this.analysis?.article.datePublished ?? null),
    });
  }

  async start(): Promise<void> {
    this.settings = parseSettings(await platform.getLocal(SETTINGS_KEY));
    platform.onLocalChange((changes) => {
      if (!changes[SETTINGS_KEY] || this.stopped) return;
      this.settings = parseSettings(changes[SETTINGS_KEY].newValue);
      this.clear();
      void this.run();
    });
    addEventListener('popstate', () => this.schedule());
    addEventListener('hashchange', () => this.schedule());
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    await this.run();
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.rerunIfChanged(), RERUN_DEBOUNCE_MS);
  }

  private async rerunIfChanged(): Promise<void> {
    const urlChanged = location.href !== this.lastUrl;
    if (urlChanged) {
      this.lastUrl = location.href;
      this.runs = 0;
      this.clear();
      await this.run();
      return;
    }
    // Same address: only when the article body grew noticeably (late-loading content), and a bounded number of times.
    const length = document.body?.textContent?.length ?? 0;
    if (Math.abs(length - this.lastBodyLength) > 200) await this.run();
  }

  private clear(): void {
    this.hover.close();
    unhighlight(this.marks);
    this.marks = [];
    this.ignoreOwnMutations();
  }

  /** Our own highlights are mutations too; dropping the records right after each synchronous batch of ours keeps
   *  them from counting as the page changing (page scripts cannot run inside that batch). */
  private ignoreOwnMutations(): void {
    this.observer?.takeRecords();
  }

  async run(): Promise<void> {
    if (this.stopped || this.running) return;
    if (this.runningFor !== location.href) {
      this.runningFor = location.href;
      this.runs = 0;
    }
    if (++this.runs > MAX_RUNS_PER_URL) return;
    if (!platform.extensionAlive()) return this.stop();
    this.running = true;
    try {
      await this.analyzeAndHighlight();
    } finally {
      this.running = false;
    }
  }

  private async analyzeAndHighlight(): Promise<void> {
    this.lastBodyLength = document.body?.textContent?.length ?? 0;
    if (isSiteDisabled(this.settings, location.hostname)) return;
    const detection = detectArticle(document, location.href);
    const map = detection.info.isArticle ? buildTextMap(detection.bodyElements) : { text: '', segments: [], linkHosts: [] };
    const request: AnalyzeRequest = {
      kind: 'analyze',
      article: detection.info,
      canonicalUrl: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      text: map.text,
      linkHosts: map.linkHosts,
    };
    const reply = await this.send<Analysis>(request);
    if (!reply || this.stopped) return;
    this.analysis = reply;
    this.cards = new Map(reply.cards.map((c) => [c.id, c]));
    const allowed = new Set(this.settings.types);
    const wanted = mentionsForMode(
      reply.mentions.filter((m) => allowed.has(m.type)),
      this.settings.highlightMode,
    );
    this.clear();
    const { marks } = await highlight(document, map, wanted, (mark, mention) => decorate(mark, mention), () => this.ignoreOwnMutations());
    this.marks = marks;
  }

  private async send<T>(message: unknown): Promise<T | null> {
    try {
      const reply = await platform.sendMessage<Reply<T>>(message);
      if (reply && reply.ok) return reply.result;
      console.warn('Source Context:', reply ? reply.error : 'no answer from the extension');
      return null;
    } catch (error) {
      // An updated or reloaded extension leaves this script orphaned: go quiet and leave the page as it was.
      if (!platform.extensionAlive()) this.stop();
      else console.warn('Source Context:', error instanceof Error ? error.message : error);
      return null;
    }
  }

  private async hideCard(card: Card): Promise<void> {
    const hidden = this.marks.filter((m) => m.dataset.scId === card.id);
    unhighlight(hidden);
    this.ignoreOwnMutations();
    this.marks = this.marks.filter((m) => m.dataset.scId !== card.id);
    this.cards.delete(card.id);
    await this.send({ kind: 'hide-card', id: card.id });
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.hover.destroy();
    unhighlight(this.marks);
    this.marks = [];
  }
}

function decorate(mark: HTMLElement, mention: Mention): void {
  mark.dataset.scId = mention.id;
  mark.dataset.scType = mention.type;
  if (mention.cited) mark.dataset.scCited = 'true';
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  mark.setAttribute('aria-label', t('mentionLabel', mention.surface));
}

// A script injected twice into one page (the reader enabling the site, an extension update) runs once.
const flag = '__sourceContextSession';
const scope = globalThis as unknown as Record<string, PageSession | undefined>;
if (!scope[flag]) {
  const session = new PageSession();
  scope[flag] = session;
  void session.start();
}
