// Highlights and hover cards in Chromium with the built extension: the four highlight modes, no layout change,
// keyboard access and screen-reader roles, reduced motion and colour scheme, placement near the viewport's edges,
// for a name wrapped across lines and inside a scrolled container, and the "wrong card" action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';
import { REPORT_ISSUE_URL } from '../../src/shared/project.ts';
import { DEMO_PAGE, EXPECTED } from './reference.ts';

let server: StaticServer;
let ext: ExtensionBrowser;
let admin: Page;

beforeAll(async () => {
  server = await serveStatic(['assets/demo', 'tests/pages/hostile']);
  ext = await launchChromium('dist/chrome');
  admin = await ext.context.newPage();
  await admin.goto(`chrome-extension://${ext.extensionId}/options.html`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function setMode(mode: 'off' | 'popup' | 'first' | 'all'): Promise<void> {
  await admin.evaluate(async (m) => {
    // @ts-expect-error chrome is the extension API inside an extension page
    const current = (await chrome.storage.local.get('settings')).settings ?? {};
    // @ts-expect-error chrome is the extension API inside an extension page
    await chrome.storage.local.set({ settings: { ...current, highlightMode: m } });
  }, mode);
}

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  // @ts-expect-error chrome is the extension API inside an extension page
  return admin.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

async function tabState(page: Page): Promise<{ analysis: { cards: Array<{ id: string; name: string }>; mentions: Array<{ id: string }> }; hidden: string[] } | null> {
  const tabId = await tabIdOf(page);
  // @ts-expect-error chrome is the extension API inside an extension page
  return admin.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
}

/** The marks' ids once their number has stopped changing. */
async function settledMarks(page: Page): Promise<string[]> {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const n = await page.evaluate(() => document.querySelectorAll('sc-mark').length);
    if (n === last) break;
    last = n;
    await page.waitForTimeout(250);
  }
  return page.$$eval('sc-mark', (marks) => marks.map((m) => (m as HTMLElement).dataset.scId ?? ''));
}

const openCard = (page: Page) => page.locator('source-context-card .sc-popover[data-state="open"]');

async function hover(page: Page, selector: string, position?: { x: number; y: number }): Promise<void> {
  await page.mouse.move(0, 0);
  await expect.poll(() => openCard(page).count(), { timeout: 3000 }).toBe(0);
  await page.locator(selector).last().hover({ position });
  await openCard(page).waitFor({ timeout: 5000 });
}

describe('highlight modes', () => {
  let page: Page;
  beforeAll(async () => {
    await setMode('first');
    page = await ext.context.newPage();
    await page.goto(server.url(DEMO_PAGE));
    await page.waitForSelector('sc-mark', { timeout: 20_000 });
  });
  afterAll(async () => {
    await setMode('first');
    await page.close();
  });

  it('first mention (the default): each entity highlighted once', async () => {
    const ids = await settledMarks(page);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = await page.$$eval('sc-mark', (marks) => marks.map((m) => m.textContent));
    for (const { surface } of EXPECTED) expect(texts).toContain(surface);
  });

  it('every mention: more marks, entities repeated', async () => {
    const first = (await settledMarks(page)).length;
    await setMode('all');
    await expect.poll(async () => (await settledMarks(page)).length, { timeout: 10_000 }).toBeGreaterThan(first);
    const ids = await settledMarks(page);
    expect(new Set(ids).size).toBeLessThan(ids.length);
  });

  it('highlights never move anything: every element keeps its box', async () => {
    const boxes = () =>
      page.$$eval('body *:not(sc-mark):not(source-context-card)', (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        }),
      );
    const withMarks = await boxes();
    await setMode('popup');
    await expect.poll(() => page.locator('sc-mark').count(), { timeout: 10_000 }).toBe(0);
    const without = await boxes();
    expect(without.length).toBe(withMarks.length);
    // Splitting a text node can change kerning across the cut by a few hundredths of a pixel; nothing more may move.
    const moved = without.filter((b, i) => b.some((v, k) => Math.abs(v - withMarks[i][k]) > 0.25)).map((b, i) => `${i}: ${withMarks[i]} -> ${b}`);
    expect(moved).toEqual([]);
  });

  it('popup only: no highlights, the cards still listed for the popup', async () => {
    await setMode('popup');
    await expect.poll(() => page.locator('sc-mark').count(), { timeout: 10_000 }).toBe(0);
    expect((await tabState(page))?.analysis.cards.length).toBeGreaterThan(5);
  });

  it('off: nothing highlighted and the page not even read', async () => {
    await setMode('off');
    await expect.poll(() => page.locator('sc-mark').count(), { timeout: 10_000 }).toBe(0);
    const tabId = await tabIdOf(page);
    // @ts-expect-error chrome is the extension API inside an extension page
    await admin.evaluate((id) => chrome.storage.session.remove(`tab:${id}`), tabId);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('sc-mark').count()).toBe(0);
    expect(await tabState(page)).toBeNull();
    await setMode('first');
    await page.waitForSelector('sc-mark', { timeout: 20_000 });
  });
});

describe('keyboard and screen readers', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ext.context.newPage();
    await page.goto(server.url(DEMO_PAGE));
    await page.waitForSelector('sc-mark', { timeout: 20_000 });
    await settledMarks(page);
  });
  afterAll(() => page.close());

  it('every highlighted name is a labelled button reachable with Tab', async () => {
    const marks = await page.$$eval('sc-mark', (ms) =>
      ms.map((m) => ({ tab: m.getAttribute('tabindex'), role: m.getAttribute('role'), popup: m.getAttribute('aria-haspopup'), label: m.getAttribute('aria-label') ?? '', text: m.textContent ?? '' })),
    );
    for (const m of marks) {
      expect(m).toMatchObject({ tab: '0', role: 'button', popup: 'dialog' });
      expect(m.label).toContain(m.text);
    }
    const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, [tabindex="0"]').length);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    for (let i = 0; i < stops * 2 + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (el?.localName !== 'sc-mark') return null;
        return `${[...document.querySelectorAll('sc-mark')].indexOf(el)}`;
      });
      if (info) {
        reached.add(info);
        await page.keyboard.press('Escape');
      }
    }
    expect(reached.size).toBe(marks.length);
  });

  it('focus opens a dialog with a label; Enter moves into it; Escape closes it and returns focus to the name', async () => {
    const mark = page.locator('sc-mark', { hasText: 'Aleksandar Vulin' }).first();
    await mark.focus();
    await openCard(page).waitFor({ timeout: 3000 });
    expect(await openCard(page).getAttribute('role')).toBe('dialog');
    expect(await openCard(page).getAttribute('aria-label')).toMatch(/Aleksandar Vulin/);
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    // Focus is inside the card's shadow root now.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('source-context-card');
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page).count(), { timeout: 3000 }).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent)).toBe('Aleksandar Vulin');
    expect(await mark.getAttribute('aria-expanded')).toBe('false');
  });

  it('respects reduced motion and the dark colour scheme', async () => {
    const look = async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.locator('sc-mark').first().focus();
      await openCard(page).waitFor({ timeout: 3000 });
      const style = await openCard(page).evaluate((el) => {
        const s = getComputedStyle(el);
        return { transition: s.transitionDuration, background: s.backgroundColor };
      });
      await page.keyboard.press('Escape');
      return style;
    };
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    const light = await look();
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
    const dark = await look();
    await page.emulateMedia({ reducedMotion: null, colorScheme: null });
    expect(light.transition).not.toBe('0s');
    expect(dark.transition).toBe('0s');
    expect(luminance(dark.background)).toBeLessThan(luminance(light.background) - 100);
  });
});

describe('placement', () => {
  let page: Page;
  const viewport = { width: 1200, height: 900 };
  beforeAll(async () => {
    page = await ext.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(server.url('layout.html'));
    await page.waitForSelector('#bottom sc-mark', { timeout: 20_000 });
  });
  afterAll(() => page.close());

  const cardBox = async () => (await openCard(page).boundingBox())!;
  const inside = (b: { x: number; y: number; width: number; height: number }) =>
    b.x >= 0 && b.y >= 0 && b.x + b.width <= viewport.width && b.y + b.height <= viewport.height;
  /** The card sits just below or just above `line` (6 px gap), overlapping it horizontally. */
  const adjacent = (card: { x: number; y: number; width: number; height: number }, line: { left: number; right: number; top: number; bottom: number }) =>
    (Math.abs(card.y - line.bottom - 6) <= 2 || Math.abs(card.y + card.height - line.top + 6) <= 2) && card.x < line.right && card.x + card.width > line.left;

  it('reads on a dark page: the name keeps the page colour, on a tinted background', async () => {
    const style = await page.locator('#right sc-mark').last().evaluate((m) => ({ color: getComputedStyle(m).color, parent: getComputedStyle(m.parentElement!).color, bg: getComputedStyle(m).backgroundColor }));
    expect(style.color).toBe(style.parent);
    expect(style.bg).toMatch(/^rgba\(.*0\.\d+\)$/);
  });

  it('near the right edge: the card stays fully inside the viewport', async () => {
    const mark = await page.locator('#right sc-mark').last().boundingBox();
    expect(mark!.x + mark!.width).toBeGreaterThan(viewport.width - 200);
    await hover(page, '#right sc-mark');
    const box = await cardBox();
    expect(inside(box), JSON.stringify(box)).toBe(true);
  });

  it('near the bottom edge: the card flips above the name, inside the viewport', async () => {
    await page.locator('#bottom').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const line = (await page.locator('#bottom sc-mark').last().evaluate((m) => m.getBoundingClientRect().toJSON())) as { left: number; right: number; top: number; bottom: number };
    expect(line.bottom).toBeGreaterThan(viewport.height - 60);
    await hover(page, '#bottom sc-mark');
    const box = await cardBox();
    expect(inside(box)).toBe(true);
    expect(box.y + box.height).toBeLessThanOrEqual(line.top);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('a name wrapped across two lines: the card goes next to the line box under the pointer', async () => {
    const rects = (await page.locator('#wrap sc-mark').evaluate((m) => [...m.getClientRects()].map((r) => r.toJSON()))) as Array<{ left: number; right: number; top: number; bottom: number; width: number; height: number }>;
    expect(rects.length).toBe(2);
    const markBox = (await page.locator('#wrap sc-mark').boundingBox())!;
    const second = rects[1];
    await hover(page, '#wrap sc-mark', { x: second.left - markBox.x + second.width / 2, y: second.top - markBox.y + second.height / 2 });
    const box = await cardBox();
    expect(adjacent(box, second), JSON.stringify({ box, rects })).toBe(true);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
  });

  it('inside a scrolled container: next to the name, and it follows when the container scrolls', async () => {
    await page.locator('#scroller').evaluate((el) => (el.scrollTop = 60));
    await hover(page, '#scroller sc-mark');
    const rect = () => page.locator('#scroller sc-mark').evaluate((m) => m.getBoundingClientRect().toJSON()) as Promise<{ left: number; right: number; top: number; bottom: number }>;
    const before = await cardBox();
    expect(adjacent(before, await rect())).toBe(true);
    await page.locator('#scroller').evaluate((el) => (el.scrollTop = 40));
    await expect.poll(async () => (await cardBox()).y, { timeout: 2000 }).not.toBe(before.y);
    expect(adjacent(await cardBox(), await rect())).toBe(true);
  });
});

describe('the wrong-card action', () => {
  it('hides the entity on this page, and the card offers a prefilled report link', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(DEMO_PAGE));
    await page.waitForSelector('sc-mark', { timeout: 20_000 });
    await settledMarks(page);
    await page.locator('sc-mark:text-is("Aleksandar Vulin")').first().scrollIntoViewIfNeeded();
    await hover(page, 'sc-mark:text-is("Aleksandar Vulin") >> nth=0');
    const id = await page.locator('sc-mark:text-is("Aleksandar Vulin")').first().getAttribute('data-sc-id');
    const href = await openCard(page).locator('a', { hasText: 'Report a wrong or missing card' }).getAttribute('href');
    const report = new URL(href!);
    expect(`${report.origin}${report.pathname}`).toBe(REPORT_ISSUE_URL);
    expect(report.searchParams.get('title')).toContain('Aleksandar Vulin');
    expect(report.searchParams.get('body')).toContain(page.url());
    expect(report.searchParams.get('body')).toContain('2024-10-24');

    await openCard(page).getByRole('button', { name: 'Wrong card?' }).click();
    // The names are unmarked at once; the card says so and still offers the report.
    expect(await page.locator(`sc-mark[data-sc-id="${id}"]`).count()).toBe(0);
    await expect.poll(() => openCard(page).locator('[role="status"]').textContent(), { timeout: 3000 }).toBe('Hidden on this page.');
    expect(await openCard(page).locator('a', { hasText: 'Report a wrong or missing card' }).getAttribute('href')).toBe(href);
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page).count(), { timeout: 3000 }).toBe(0);
    await expect.poll(async () => (await tabState(page))?.hidden ?? [], { timeout: 5000 }).toContain(id);
    expect((await tabState(page))!.analysis.cards.map((c) => c.id)).not.toContain(id);
    // The page's text is untouched by the removal.
    const same = await page.evaluate(async () => {
      const original = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return original.body.textContent === document.body.textContent;
    });
    expect(same).toBe(true);
    await page.close();
  });
});
