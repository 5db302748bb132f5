// The popup, the options page and the hover card in Chromium: axe-core in the light and the dark colour scheme,
// the keyboard-only route, the per-site switch, the badge per tab and per window. One browser for the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import type { StaticServer } from '../../scripts/lib/serve.ts';
import { demoInChromium } from './demo.ts';
import { DEMO_PAGE } from './reference.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** The demo article cut after its first two paragraphs: an article naming fewer entities, for a second badge. */
const SHORT_PAGE = 'short-article.html';
const NOT_ARTICLE_PAGE = 'not-an-article.html';

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;
let session: Awaited<ReturnType<typeof demoInChromium>> | undefined;

beforeAll(async () => {
  const demo = readFileSync(`assets/demo/${DEMO_PAGE}`, 'utf8');
  session = await demoInChromium(async (browser, served) => {
    await browser.context.route(`${served.origin}/${SHORT_PAGE}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: shortenArticle(demo) }),
    );
    await browser.context.route(`${served.origin}/${NOT_ARTICLE_PAGE}`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en"><head><title>Settings</title></head><body><main><h1>Account settings</h1><p>Change your password.</p></main></body></html>',
      }),
    );
  });
  ({ server, browser: ext, page } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Keeps the page's head and header, and only the first `keep` paragraphs of the article body. */
function shortenArticle(html: string, keep = 2): string {
  let seen = 0;
  return html.replace(/<p\b[\s\S]*?<\/p>/g, (p) => (/class="(byline|caption|date)/.test(p) || ++seen <= keep ? p : ''));
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary: string }>;
}
/** axe-core on the page (or inside one element in a shadow root: [host selector, selector inside]): WCAG 2.x A/AA and best-practice rules.
 *  Also counts the elements whose colour contrast axe checked and passed, so a check that saw nothing fails. */
async function axe(p: Page, scope?: string[]): Promise<{ violations: AxeViolation[]; contrastChecked: number }> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE);
  return p.evaluate(async (selector) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(selector ? { include: [{ fromShadowDom: selector }] } : document, { resultTypes: ['violations', 'passes'] });
    return {
      violations: result.violations.map((v: AxeViolation) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      contrastChecked: result.passes.find((r: { id: string }) => r.id === 'color-contrast')?.nodes.length ?? 0,
    };
  }, scope ?? null);
}
/** Runs axe and expects no violation and a real contrast check. */
async function expectAccessible(p: Page, label: string, scope?: string[]): Promise<void> {
  const { violations, contrastChecked } = await axe(p, scope);
  expect(violations, `${label}: ${describeViolations(violations)}`).toEqual([]);
  if (!scope) expect(contrastChecked, `${label}: elements whose contrast was checked`).toBeGreaterThan(5);
}

/** WCAG contrast of every piece of text inside the hover card against the card's own (opaque) background. axe leaves
 *  these "incomplete" because the floating card overlaps the page, so the test measures them itself. */
async function hoverCardContrasts(p: Page): Promise<Array<{ text: string; ratio: number }>> {
  const pairs = await p.evaluate(() => {
    const popover = document.querySelector('source-context-card')!.shadowRoot!.querySelector('.sc-popover')!;
    const out: Array<{ text: string; fg: string; bg: string }> = [];
    const walker = document.createTreeWalker(popover, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || !el.checkVisibility()) continue;
      let bgEl: Element | null = el;
      let bg = 'rgba(0, 0, 0, 0)';
      while (bgEl && (bg = getComputedStyle(bgEl).backgroundColor).endsWith(', 0)')) bgEl = bgEl.parentElement;
      out.push({ text: node.textContent!.trim().slice(0, 40), fg: getComputedStyle(el).color, bg });
    }
    return out;
  });
  const luminance = (css: string) => {
    const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  return pairs.map(({ text, fg, bg }) => {
    const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    return { text, ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
  });
}
const describeViolations = (vs: AxeViolation[]) => JSON.stringify(vs, null, 1);

async function badgeOf(tabId: number): Promise<string> {
  // @ts-expect-error chrome is the extension API inside the worker
  return ext.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
async function settings(): Promise<{ disabledSites?: string[] } | undefined> {
  // @ts-expect-error chrome is the extension API inside the worker
  return ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

describe('popup', () => {
  it('has no axe violations in the light and the dark colour scheme, with a card open', async () => {
    const popup = await ext.openPopup(page);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.waitForSelector('[data-section="people"]');
    await popup.locator('[data-section="people"] .sc-disclosure').first().click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await expectAccessible(popup, `popup, ${colorScheme}`);
    }
    // The check can fail: a nameless button and grey-on-grey text are caught.
    await popup.evaluate(() => {
      const bad = document.createElement('div');
      bad.id = 'sc-test-bad';
      bad.innerHTML = '<button></button><p style="color:#777;background:#888">faint</p>';
      document.querySelector('main')!.append(bad);
    });
    const caught = (await axe(popup)).violations.map((v) => v.id);
    expect(caught).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    // The dark scheme really applies (so that the check above covered it).
    expect(await popup.evaluate(() => getComputedStyle(document.querySelector('.sc-popup')!).backgroundColor)).toBe('rgb(27, 32, 43)');
    await popup.close();
  });

  it('works from the keyboard alone: Tab to the search box, type, results announced, Enter opens a card', async () => {
    const popup = await ext.openPopup(page);
    await popup.waitForSelector('[data-section="people"]');
    let focused = '';
    for (let i = 0; i < 6 && focused !== 'sc-search-input'; i++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('sc-search-input');
    await popup.keyboard.type('Vulin');
    // The first search of a session folds the dataset's names once: allow for a slow, busy machine.
    const resultNames = () => popup.locator('[data-section="search"] .sc-name').allTextContents();
    await expect.poll(resultNames, { timeout: 15_000 }).toContain('Aleksandar Vulin');
    expect(await popup.locator('[data-testid="search-status"]').textContent()).toBe(`Results: ${(await resultNames()).length}`);
    await popup.keyboard.press('Tab');
    const active = () =>
      popup.evaluate(() => ({
        text: document.activeElement?.textContent ?? '',
        expanded: document.activeElement?.getAttribute('aria-expanded'),
        controls: document.activeElement?.getAttribute('aria-controls') ?? '',
      }));
    const first = await active();
    expect({ text: first.text, expanded: first.expanded }).toEqual({ text: (await resultNames())[0], expanded: 'false' });
    await popup.keyboard.press('Enter');
    expect((await active()).expanded).toBe('true');
    expect(await popup.locator(`#${first.controls}`).isVisible()).toBe(true);
    const vulin = popup.locator('[data-section="search"] article', { hasText: 'Aleksandar Vulin' });
    if ((await vulin.locator('.sc-disclosure').getAttribute('aria-expanded')) === 'false') {
      await vulin.locator('.sc-disclosure').focus();
      await popup.keyboard.press('Enter');
    }
    expect(await vulin.locator('.sc-sanctions').textContent()).toMatch(/OFAC/);

    // Escape clears the search; Tab then walks the article's cards, and Enter expands one.
    await popup.focus('#sc-search-input');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.locator('[data-section="search"]').count()).toBe(0);
    let name = '';
    for (let i = 0; i < 40 && name !== 'Vladimir Putin'; i++) {
      await popup.keyboard.press('Tab');
      name = await popup.evaluate(() => (document.activeElement?.classList.contains('sc-disclosure') ? document.activeElement.textContent ?? '' : ''));
    }
    expect(name).toBe('Vladimir Putin');
    await popup.keyboard.press('Enter');
    expect((await active()).expanded).toBe('true');
    expect(await popup.locator('[data-section="people"] article', { hasText: 'Vladimir Putin' }).locator('.sc-at-date').count()).toBe(1);
    await popup.close();
  });

  it('says when the page is not an article', async () => {
    const other = await ext.context.newPage();
    await other.goto(server.url(NOT_ARTICLE_PAGE));
    const popup = await ext.openPopup(other);
    await expect.poll(() => popup.locator('[data-state="not-article"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await badgeOf(await ext.tabIdOf(other))).toBe('');
    await popup.close();
    await other.close();
  });

  it('turns the extension off for this site and on again; the page follows', async () => {
    const popup = await ext.openPopup(page);
    await popup.waitForSelector('[data-section="people"]');
    await popup.getByRole('button', { name: 'Off for this site' }).click();
    await expect.poll(async () => (await settings())?.disabledSites).toEqual(['127.0.0.1']);
    await popup.waitForSelector('[data-state="site-off"]');
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      // The state's button (white on the accent in light, dark on the light accent in dark) is part of the check.
      const { violations } = await axe(popup);
      expect(violations, `site-off, ${colorScheme}: ${describeViolations(violations)}`).toEqual([]);
    }
    await expect.poll(() => page.locator('sc-mark').count(), { timeout: 5000 }).toBe(0);
    await popup.getByRole('button', { name: 'On for this site' }).click();
    await expect.poll(async () => (await settings())?.disabledSites).toEqual([]);
    await expect.poll(() => page.locator('sc-mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.waitForSelector('[data-section="people"]');
    await popup.close();
  });
});

describe('hover card', () => {
  it('has no axe violations in the light and the dark colour scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.locator('sc-mark', { hasText: 'Aleksandar Vulin' }).first().hover();
      await page.waitForSelector('source-context-card .sc-popover[data-state="open"]');
      await expectAccessible(page, `hover card, ${colorScheme}`, ['source-context-card', '.sc-popover']);
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector('source-context-card')!.shadowRoot!.querySelector('.sc-popover')!).backgroundColor,
      );
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(27, 32, 43)' : 'rgb(255, 255, 255)');
      const contrasts = await hoverCardContrasts(page);
      expect(contrasts.length).toBeGreaterThan(10);
      expect(contrasts.filter((c) => c.ratio < 4.5), colorScheme).toEqual([]);
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('options page', () => {
  it('shows the settings, shortcut, dataset and privacy statement with no axe violations in both schemes', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="dataset-version"]');
    expect(await options.locator('kbd').textContent()).toBe('Alt+Shift+S');
    expect(await options.locator('.sc-sources li').count()).toBeGreaterThan(3);
    expect(await options.locator('[data-section="privacy"]').textContent()).toMatch(/no network requests/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      await expectAccessible(options, `options, ${colorScheme}`);
    }
    // A site typed here is turned off, and can be turned on again.
    await options.fill('#sc-add-site-input', 'www.example.com');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await settings())?.disabledSites).toEqual(['example.com']);
    await options.getByRole('button', { name: 'Turn on example.com again' }).click();
    await expect.poll(async () => (await settings())?.disabledSites).toEqual([]);
    await options.close();
  });
});

describe('toolbar badge', () => {
  it('counts each tab’s own cards, in two tabs and in a second window', async () => {
    const short = await ext.context.newPage();
    await short.goto(server.url(SHORT_PAGE));
    await short.waitForSelector('sc-mark', { timeout: 20_000 });
    const [longTab, shortTab] = [await ext.tabIdOf(page), await ext.tabIdOf(short)];
    await expect.poll(() => badgeOf(shortTab), { timeout: 5000 }).toMatch(/^[1-9]\d*$/);
    const [longBadge, shortBadge] = [await badgeOf(longTab), await badgeOf(shortTab)];
    expect(Number(longBadge)).toBeGreaterThan(Number(shortBadge));

    // A second window (opened by the browser, so the test's routes do not serve it: the full demo article): its
    // tab has its own badge, and the first window's tabs keep theirs.
    const opened = ext.context.waitForEvent('page');
    // @ts-expect-error chrome is the extension API inside the worker
    await ext.worker.evaluate((url: string) => chrome.windows.create({ url, focused: true }), server.url(DEMO_PAGE));
    const inWindow = await opened;
    await inWindow.waitForSelector('sc-mark', { timeout: 20_000 });
    const windowTab = await ext.tabIdOf(inWindow);
    // @ts-expect-error chrome is the extension API inside the worker
    const windows = await ext.worker.evaluate((ids: number[]) => Promise.all(ids.map(async (id) => (await chrome.tabs.get(id)).windowId)), [longTab, windowTab]);
    expect(windows[0]).not.toBe(windows[1]);
    await expect.poll(() => badgeOf(windowTab), { timeout: 5000 }).toBe(longBadge);
    expect(await badgeOf(longTab)).toBe(longBadge);
    expect(await badgeOf(shortTab)).toBe(shortBadge);
    await inWindow.close();
    await short.close();
  });
});

// Last in the file: allowing the extension in private windows reloads it, which orphans the content scripts above.
describe('toolbar badge in a private window', () => {
  it('counts the cards of a tab in an incognito window', async () => {
    const settingsPage = await ext.context.newPage();
    await settingsPage.goto('chrome://extensions');
    // What the reader does with "Allow in Incognito"; the browser disables and reloads the extension meanwhile.
    await settingsPage.evaluate(async (id: string) => {
      // @ts-expect-error chrome.developerPrivate exists on chrome://extensions
      const dev = chrome.developerPrivate;
      await dev.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
      // The toggle disables the extension while it reloads; enable it again once that has happened.
      for (let i = 0; i < 100; i++) {
        const { state } = await dev.getExtensionInfo(id);
        if (state === 'ENABLED' && i > 0) return;
        // @ts-expect-error chrome.management exists on chrome://extensions
        if (state === 'DISABLED') await chrome.management.setEnabled(id, true);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('the extension did not come back after allowing it in private windows');
    }, ext.extensionId);
    await expect
      .poll(() => ext.context.serviceWorkers().some((w) => w !== ext.worker && w.url().includes(ext.extensionId)), { timeout: 20_000 })
      .toBe(true);
    const worker = ext.context.serviceWorkers().filter((w) => w.url().includes(ext.extensionId)).at(-1)!;
    const { tabId, incognito } = await worker.evaluate(async (url: string) => {
      // @ts-expect-error chrome is the extension API inside the worker
      const win = await chrome.windows.create({ url, incognito: true });
      return { tabId: win.tabs[0].id as number, incognito: win.incognito as boolean };
    }, server.url(DEMO_PAGE));
    expect(incognito).toBe(true);
    const privateBadge = () =>
      // @ts-expect-error chrome is the extension API inside the worker
      worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId) as Promise<string>;
    await expect.poll(privateBadge, { timeout: 15_000 }).toMatch(/^[1-9]\d*$/);
    // The same article as the first tab: the same count, kept for the private tab alone.
    const key = `tab:${tabId}`;
    const cards = await worker.evaluate(
      // @ts-expect-error chrome is the extension API inside the worker
      async (k: string) => (await chrome.storage.session.get(k))[k]?.analysis.cards.length as number,
      key,
    );
    expect(await privateBadge()).toBe(String(cards));
    await settingsPage.close();
  });
});
