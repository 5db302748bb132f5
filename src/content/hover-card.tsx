// The hover card: one Preact-rendered card in a shadow root, opened on hover intent or keyboard focus of a
// highlighted name, placed by Floating UI so it stays in view near edges and for names that wrap across lines.
import { options as preactOptions, render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { Card, safeHref } from '../ui/Card.tsx';
import { t } from '../ui/i18n.ts';
import cardCss from '../ui/card.css';
import type { Card as CardData } from '../shared/types.ts';
import { MARK_TAG, styleMark } from './highlight.ts';

export const HOST_TAG = 'source-context-card';
const OPEN_DELAY_MS = 250;
const CLOSE_GRACE_MS = 300;

export interface HoverCardOptions {
  cardFor(id: string): CardData | undefined;
  /** Whether this script made the mark: the page's own or forged `<sc-mark>` elements open nothing. */
  isOurs(mark: HTMLElement): boolean;
  /** False once the extension is gone (reloaded, updated): the cards then stay shut. */
  alive(): boolean;
  onWrongCard(card: CardData): void;
  reportUrl(card: CardData): string;
}

/** Preact re-renders a component whose state changed (a disclosure opened) in a later microtask; those changes
 *  are ours too, so the guard drops their records once the render is done. */
const ownRenderDone = new Set<() => void>();
preactOptions.debounceRendering = (flush) =>
  queueMicrotask(() => {
    flush();
    for (const done of ownRenderDone) done();
  });

/**
 * The line box of `mark` the card attaches to: for a name wrapped across lines, the one under the pointer (hover) or
 * the first (keyboard focus). Read afresh at each placement, so it follows scrolling and reflow.
 */
export function lineReference(mark: HTMLElement, pointer: { x: number; y: number } | null): VirtualElement {
  const lines = () => [...mark.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  let index = 0;
  if (pointer) {
    const all = lines();
    let best = Infinity;
    all.forEach((r, i) => {
      const dx = Math.max(r.left - pointer.x, 0, pointer.x - r.right);
      const dy = Math.max(r.top - pointer.y, 0, pointer.y - r.bottom);
      const d = dx * dx + dy * dy;
      if (d < best) {
        best = d;
        index = i;
      }
    });
  }
  return {
    contextElement: mark,
    getBoundingClientRect: () => {
      const all = lines();
      return all[Math.min(index, all.length - 1)] ?? mark.getBoundingClientRect();
    },
  };
}

export class HoverCards {
  private host: HTMLElement | null = null;
  private popover: HTMLElement | null = null;
  private current: HTMLElement | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private stopAutoUpdate: (() => void) | null = null;
  private readonly listeners: Array<[string, EventListener]> = [];
  /** Where the pointer entered the mark: for a name wrapped across lines, the card goes next to that line. */
  private pointer: { x: number; y: number } | null = null;
  /** Watches the card's shadow root: anything the page writes into it turns the cards off on this page. */
  private guard: MutationObserver | null = null;
  private tampered = false;
  private refocusing = false;

  constructor(
    private readonly doc: Document,
    private readonly options: HoverCardOptions,
  ) {
    ownRenderDone.add(this.dropOwnRecords);
    // Delegated listeners: one set for every mark, however many the page has.
    this.listen('mouseover', (e) => {
      const mark = this.markOf(e.target);
      if (!mark) return;
      const { clientX, clientY } = e as MouseEvent;
      this.pointer = { x: clientX, y: clientY };
      this.hoverStart(mark);
    });
    this.listen('mouseout', (e) => {
      const mark = this.markOf(e.target);
      if (mark && !mark.contains((e as MouseEvent).relatedTarget as Node | null)) this.hoverEnd();
    });
    this.listen('focusin', (e) => {
      const mark = this.markOf(e.target);
      if (mark && this.refocusing) {
        styleMark(mark, true);
        return;
      }
      if (mark) {
        styleMark(mark, true);
        this.pointer = null;
        this.open(mark);
      }
    });
    this.listen('focusout', (e) => {
      const mark = this.markOf(e.target);
      if (!mark) return;
      styleMark(mark);
      mark.style.removeProperty('outline');
      mark.style.removeProperty('outline-offset');
      const next = (e as FocusEvent).relatedTarget as Node | null;
      if (next !== this.host) this.scheduleClose();
    });
    this.listen('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Escape' && this.isOpen()) {
        const mark = this.current;
        const focusWasOurs = this.doc.activeElement === this.host || this.doc.activeElement === mark;
        this.close();
        if (focusWasOurs && mark) this.refocus(mark);
        return;
      }
      const mark = this.markOf(e.target);
      if (mark && (key === 'Enter' || key === ' ')) {
        e.preventDefault();
        this.open(mark);
        // Into the card, so its links and buttons are reachable; Escape comes back.
        this.popover?.querySelector<HTMLElement>('button, a[href]')?.focus();
      }
    });
  }

  private readonly dropOwnRecords = () => void this.guard?.takeRecords();

  private listen(type: string, handler: EventListener): void {
    this.doc.addEventListener(type, handler, true);
    this.listeners.push([type, handler]);
  }

  private markOf(target: EventTarget | null): HTMLElement | null {
    const el = target as Element | null;
    if (!el || typeof el.closest !== 'function') return null;
    const mark = el.closest(MARK_TAG) as HTMLElement | null;
    return mark && this.options.isOurs(mark) ? mark : null;
  }

  isOpen(): boolean {
    return this.current !== null;
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.popover) return this.popover;
    const host = this.doc.createElement(HOST_TAG);
    // The host takes no space and no part in the page's layout; the card inside is position: fixed.
    for (const [p, v] of [['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['z-index', '2147483647'], ['display', 'block']]) {
      host.style.setProperty(p, v, 'important');
    }
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const popover = this.doc.createElement('div');
    popover.className = 'sc-popover';
    popover.dataset.state = 'closed';
    popover.setAttribute('role', 'dialog');
    popover.setAttribute('aria-modal', 'false');
    popover.addEventListener('mouseenter', () => this.cancelClose());
    popover.addEventListener('mouseleave', () => this.scheduleClose());
    popover.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (!next || (!popover.contains(next) && next !== this.current)) this.scheduleClose();
    });
    root.append(style, popover);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.popover = popover;
    this.guard?.disconnect();
    this.guard = new MutationObserver((records) => {
      if (records.length) this.onTampered();
    });
    this.guard.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    return popover;
  }

  private hoverStart(mark: HTMLElement): void {
    this.cancelClose();
    if (this.current === mark) return;
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => this.open(mark), this.isOpen() ? 0 : OPEN_DELAY_MS);
  }

  private hoverEnd(): void {
    clearTimeout(this.openTimer);
    this.scheduleClose();
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(), CLOSE_GRACE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
  }

  /** Our own changes to the card (rendering, positioning) are dropped from the guard's records as they happen. */
  private ours<T>(change: () => T): T {
    try {
      return change();
    } finally {
      this.guard?.takeRecords();
    }
  }

  private onTampered(): void {
    if (this.tampered) return;
    this.tampered = true;
    console.warn('Source Context: this page changed the context card; cards are off on this page.');
    this.close();
    this.guard?.disconnect();
    this.host?.remove();
  }

  open(mark: HTMLElement): void {
    this.cancelClose();
    clearTimeout(this.openTimer);
    if (this.tampered || !this.options.alive()) return;
    const card = this.options.cardFor(mark.dataset.scId ?? '');
    if (!card) return;
    const popover = this.ensureHost();
    if (this.current && this.current !== mark) this.current.setAttribute('aria-expanded', 'false');
    this.current = mark;
    mark.setAttribute('aria-expanded', 'true');
    this.ours(() => this.renderCard(popover, card));
    this.stopAutoUpdate?.();
    const reference = lineReference(mark, this.pointer);
    this.stopAutoUpdate = autoUpdate(reference, popover, () => void this.place(mark, reference, popover));
  }

  private renderCard(popover: HTMLElement, card: CardData): void {
    popover.setAttribute('aria-label', t('cardLabel', card.name));
    render(
      <>
        <button type="button" class="sc-close" aria-label={t('close')} onClick={() => this.closeAndRefocus()}>
          ×
        </button>
        <Card
          card={card}
          onWrongCard={(c) => {
            this.options.onWrongCard(c);
            this.showHidden(popover, c);
          }}
          reportUrl={this.options.reportUrl(card)}
        />
      </>,
      popover,
    );
    popover.dataset.state = 'open';
  }

  /** After "wrong card": the names are no longer marked; the card says so where it stood and offers the report. */
  private showHidden(popover: HTMLElement, card: CardData): void {
    // The mark is gone: the card stays where it is until the pointer or focus leaves it, or Escape.
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    const href = safeHref(this.options.reportUrl(card));
    const focusInside = this.doc.activeElement === this.host;
    this.ours(() => {
      render(
        <>
          <button type="button" class="sc-close" aria-label={t('close')} onClick={() => this.close()}>
            ×
          </button>
          <p class="sc-hidden-note" role="status">
            {t('wrongCardHidden')}
          </p>
          {href && (
            <p>
              <a href={href} target="_blank" rel="noopener noreferrer">
                {t('reportLink')}
              </a>
            </p>
          )}
        </>,
        popover,
      );
    });
    if (focusInside) popover.querySelector<HTMLElement>('a[href], button')?.focus();
  }

  private async place(mark: HTMLElement, reference: VirtualElement, popover: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(reference, popover, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            // max-height counts the content box: leave room for the card's own padding and border.
            const cs = getComputedStyle(popover);
            const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, k) => sum + (parseFloat(cs[k as 'paddingTop']) || 0), 0);
            const height = cs.boxSizing === 'border-box' ? availableHeight : availableHeight - frame;
            this.ours(() => {
              popover.style.maxHeight = `${Math.max(120, Math.min(520, height))}px`;
            });
          },
        }),
      ],
    });
    if (this.current !== mark) return;
    this.ours(() => {
      popover.style.left = `${x}px`;
      popover.style.top = `${y}px`;
    });
  }

  private closeAndRefocus(): void {
    const mark = this.current;
    this.close();
    if (mark) this.refocus(mark);
  }

  /** Focus back on the name after closing its card, without the focus opening the card again. */
  private refocus(mark: HTMLElement): void {
    this.refocusing = true;
    try {
      mark.focus();
    } finally {
      this.refocusing = false;
    }
  }

  close(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.current?.setAttribute('aria-expanded', 'false');
    this.current = null;
    const popover = this.popover;
    if (popover) {
      this.ours(() => {
        popover.dataset.state = 'closed';
        render(null, popover);
      });
    }
  }

  destroy(): void {
    this.close();
    this.guard?.disconnect();
    this.guard = null;
    ownRenderDone.delete(this.dropOwnRecords);
    for (const [type, handler] of this.listeners) this.doc.removeEventListener(type, handler, true);
    this.listeners.length = 0;
    this.host?.remove();
    this.host = null;
    this.popover = null;
  }
}
