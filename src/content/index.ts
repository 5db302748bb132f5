// The content script: detect the article, send its body text to the worker, highlight what comes back, host the
// hover cards. Runs on supported news sites (and sites the reader enabled); quiet everywhere else.
import * as platform from '../platform/browser.ts';
import { detectArticle } from '../detect/index.ts';
import { MAX_TEXT, type AnalyzeRequest, type Reply } from '../shared/messages.ts';
import { SETTINGS_KEY, isSiteDisabled, parseSettings, type Settings } from '../shared/settings.ts';
import type { ArticleInfo, Card, Mention } from '../shared/types.ts';
import { reportUrl } from '../shared/project.ts';
import type { Analysis } from '../background/analyze.ts';
import { buildTextMap } from './text-map.ts';
import { highlight, mentionsForMode, unhighlight } from './highlight.ts';
import { HoverCards } from './hover-card.tsx';
import { t } from '../ui/i18n.ts';

const RERUN_DEBOUNCE_MS = 800;
/** A page that never stops changing still gets its re-run, this long after the first change. */
const RERUN_MAX_WAIT_MS = 4000;
/** Larger documents (real news pages have under 10,000 elements) are left alone: reading them would hold up the
 *  page for seconds. */
const MAX_ELEMENTS = 30_000;
/** Late content and single-page navigation re-run detection, but never more than this per address. */
const MAX_RUNS_PER_URL = 6;
/** A request the worker did not answer (it was stopped mid-request, or is starting) is retried this many times,
 *  waiting longer each time (0.3, 0.6, 1.2, 2.4 s). */
const SEND_RETRIES = 4;
const RETRY_DELAY_MS = 300;

class PageSession {
  private settings: Settings = parseSettings(undefined);
  private marks: HTMLElement[] = [];
  /** The marks this script made: a page's own `<sc-mark>` elements (forged or not) never open a card. */
  private ownMarks = new WeakSet<HTMLElement>();
  private cards = new Map<string, Card>();
  private analysis: Analysis | null = null;
  private hover: HoverCards;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private runs = 0;
  private runningFor = '';
  private running = false;
  /** A run asked for while one was in progress (a settings change): it follows when that one ends. */
  private runAgain = false;
  /** Bumped by every clear(): a highlight pass from before a clear stops and takes its marks back. */
  private generation = 0;
  private stopped = false;
  private lastUrl = location.href;
  private lastBodyLength = 0;

  constructor() {
    this.hover = new HoverCards(document, {
      cardFor: (id) => this.cards.get(id),
      isOurs: (mark) => this.ownMarks.has(mark),
      alive: () => this.checkAlive(),
      onWrongCard: (card) => void this.hideCard(card),
      reportUrl: (card) => reportUrl(card, location.href, this.analysis?.article.datePublished ?? null),
    });
  }

  async start(): Promise<void> {
    try {
      this.settings = parseSettings(await platform.getLocal(SETTINGS_KEY));
      platform.onLocalChange((changes) => {
        if (!changes[SETTINGS_KEY] || this.stopped) return;
        this.settings = parseSettings(changes[SETTINGS_KEY].newValue);
        this.clear();
        void this.run();
      });
    } catch (error) {
      // Orphaned before it started (the extension was reloaded), or storage unavailable: stay out of the way.
      if (!platform.extensionAlive()) return this.stop();
      console.warn('Source Context: settings unavailable, using defaults:', error instanceof Error ? error.message : error);
    }
    addEventListener('popstate', this.onNavigation);
    addEventListener('hashchange', this.onNavigation);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    await this.run();
  }

  private readonly onNavigation = () => this.schedule();
  private readonly onVisibility = () => void this.checkAlive();

  /** An extension reload or update orphans this script without telling it; it checks whenever it would act. */
  private checkAlive(): boolean {
    if (this.stopped) return false;
    if (platform.extensionAlive()) return true;
    this.stop();
    return false;
  }

  isStopped(): boolean {
    return this.stopped;
  }

  private schedule(): void {
    if (!this.checkAlive()) return;
    const now = Date.now();
    if (!this.firstPendingAt) this.firstPendingAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(RERUN_DEBOUNCE_MS, this.firstPendingAt + RERUN_MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.firstPendingAt = 0;
      void this.rerunIfChanged();
    }, wait);
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
    this.generation++;
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
    if (this.stopped) return;
    if (this.running) {
      this.runAgain = true;
      return;
    }
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
    if (this.runAgain) {
      this.runAgain = false;
      await this.run();
    }
  }

  private async analyzeAndHighlight(): Promise<void> {
    // Our own marks go first: the page is read as it is without them, and their text nodes are joined back so the
    // map built next points at nodes that stay.
    this.clear();
    const generation = this.generation;
    this.lastBodyLength = document.body?.textContent?.length ?? 0;
    // Off means off: the page is not even read.
    if (this.settings.highlightMode === 'off' || isSiteDisabled(this.settings, location.hostname)) return;
    if (document.getElementsByTagName('*').length > MAX_ELEMENTS) {
      if (this.runs === 1) console.warn('Source Context: this page is too large to read without slowing it down; no highlights here.');
      return;
    }
    let detection: ReturnType<typeof detectArticle>;
    try {
      detection = detectArticle(document, location.href);
    } catch (error) {
      // A page built to confuse detection gets no highlights, not a broken script.
      console.warn('Source Context: could not read this page:', error instanceof Error ? error.message : error);
      return;
    }
    const map = detection.info.isArticle ? buildTextMap(detection.bodyElements) : { text: '', segments: [], linkHosts: [] };
    const request: AnalyzeRequest = {
      kind: 'analyze',
      article: clampArticle(detection.info),
      canonicalUrl: clip(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, 4096),
      // Offsets stay valid in a prefix: an enormous page is analysed up to the limit the worker accepts.
      text: map.text.length > MAX_TEXT ? map.text.slice(0, MAX_TEXT) : map.text,
      linkHosts: map.linkHosts.filter((h) => h.length <= 253).slice(0, 5000),
    };
    const reply = await this.send<Analysis>(request);
    if (!reply || this.stopped || generation !== this.generation) return;
    this.analysis = reply;
    this.cards = new Map(reply.cards.map((c) => [c.id, c]));
    const allowed = new Set(this.settings.types);
    const wanted = mentionsForMode(
      reply.mentions.filter((m) => allowed.has(m.type)),
      this.settings.highlightMode,
    );
    const { marks } = await highlight(
      document,
      map,
      wanted,
      (mark, mention) => {
        decorate(mark, mention);
        this.ownMarks.add(mark);
      },
      () => this.ignoreOwnMutations(),
      undefined,
      () => this.stopped || generation !== this.generation,
    );
    if (this.stopped || generation !== this.generation) {
      unhighlight(marks);
      this.ignoreOwnMutations();
      return;
    }
    this.marks = marks;
  }

  private async send<T>(message: unknown): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await platform.sendMessage<Reply<T>>(message);
        if (reply && reply.ok) return reply.result;
        if (!reply && attempt < SEND_RETRIES) {
          await delay(RETRY_DELAY_MS * 2 ** attempt);
          continue;
        }
        console.warn('Source Context:', reply ? reply.error : 'no answer from the extension');
        return null;
      } catch (error) {
        // An updated or reloaded extension leaves this script orphaned: go quiet and leave the page as it was.
        if (!platform.extensionAlive()) {
          this.stop();
          return null;
        }
        // The worker stopped in the middle of the request: ask again, a bounded number of times.
        if (attempt < SEND_RETRIES && !this.stopped) {
          await delay(RETRY_DELAY_MS * 2 ** attempt);
          continue;
        }
        console.warn('Source Context:', error instanceof Error ? error.message : error);
        return null;
      }
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
    removeEventListener('popstate', this.onNavigation);
    removeEventListener('hashchange', this.onNavigation);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.hover.destroy();
    unhighlight(this.marks);
    this.marks = [];
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function clip(value: string | null, max: number): string | null {
  return value === null ? null : value.slice(0, max);
}

/** Keeps a page's metadata within what the worker accepts: an absurd title must not cost the page its cards. */
function clampArticle(info: ArticleInfo): ArticleInfo {
  return {
    ...info,
    url: info.url.slice(0, 4096),
    title: clip(info.title, 2000),
    byline: clip(info.byline, 2000),
    datePublished: clip(info.datePublished, 64),
    publisher: clip(info.publisher, 500),
    lang: clip(info.lang, 35),
  };
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
if (!scope[flag] || scope[flag]!.isStopped?.()) {
  const session = new PageSession();
  scope[flag] = session;
  session.start().catch((error: unknown) => {
    // Nothing of ours may surface on the page as an uncaught error.
    if (platform.extensionAlive()) console.warn('Source Context:', error instanceof Error ? error.message : error);
    session.stop();
  });
}
