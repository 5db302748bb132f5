// The built extension in Chromium on the demo page: detection, linking, highlights, hover and keyboard cards,
// popup and badge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { demoInChromium } from './demo.ts';
import { EXPECTED, NOT_ARTICLE_TEXT } from './reference.ts';

let ext: ExtensionBrowser;
let page: Page;
let demo: Awaited<ReturnType<typeof demoInChromium>> | undefined;

beforeAll(async () => {
  demo = await demoInChromium();
  ({ browser: ext, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

async function tabState(p: Page) {
  const tabId = await ext.tabIdOf(p);
  return ext.worker.evaluate(async (id: number) => {
    const key = `tab:${id}`;
    // @ts-expect-error chrome is the extension API inside the worker
    return (await chrome.storage.session.get(key))[key];
  }, tabId);
}

describe('Chromium: the reference article', () => {
  it('recognises the article and its metadata', async () => {
    const state = await tabState(page);
    expect(state.analysis.article.isArticle).toBe(true);
    expect(state.analysis.article.title).toBe("Serbia Doesn't Endorse Russian Emigres' Anti-Kremlin Protests, Says Deputy PM");
    expect(state.analysis.article.datePublished?.slice(0, 10)).toBe('2024-10-24');
    expect(state.analysis.article.publisher).toBe('The Moscow Times');
  });

  it('finds every entity the reference article needs, with its card', async () => {
    const state = await tabState(page);
    const names = state.analysis.cards.map((c: { name: string }) => c.name);
    for (const { name } of EXPECTED) expect(names).toContain(name);
    const vulin = state.analysis.cards.find((c: { name: string }) => c.name === 'Aleksandar Vulin');
    expect(vulin.atDate.offices.map((o: { title: string }) => o.title).join(' ')).toMatch(/Deputy Prime Minister/);
    for (const office of vulin.atDate.offices) expect(office.source.url).toMatch(/^https?:\/\//);
  });

  it('highlights the names in the article body only', async () => {
    const marked = await page.$$eval('sc-mark', (marks) => marks.map((m) => m.textContent));
    for (const { surface } of EXPECTED) expect(marked).toContain(surface);
    for (const selector of NOT_ARTICLE_TEXT) {
      expect(await page.locator(`${selector} sc-mark`).count(), selector).toBe(0);
    }
  });

  it('leaves the page text exactly as it was', async () => {
    const same = await page.evaluate(async () => {
      const original = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return original.body.textContent === document.body.textContent;
    });
    expect(same).toBe(true);
  });

  it('opens a card in a shadow root on hover, and Escape closes it', async () => {
    const mark = page.locator('sc-mark', { hasText: 'Aleksandar Vulin' }).first();
    await mark.hover();
    const card = page.locator('source-context-card .sc-popover[data-state="open"]');
    await expect.poll(() => card.count(), { timeout: 5000 }).toBe(1);
    expect(await card.locator('.sc-name').textContent()).toBe('Aleksandar Vulin');
    expect(await card.locator('.sc-headline').textContent()).toMatch(/Deputy Prime Minister/);
    // The card lives in a shadow root: the page's own queries do not see it.
    expect(await page.evaluate(() => document.querySelectorAll('.sc-popover').length)).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(0);
    await page.mouse.move(0, 0);
  });

  it('opens a card from the keyboard', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('body').focus();
    // Tab through the page's own links until a highlighted name has focus.
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'sc-mark'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.localName ?? '');
    }
    expect(focused).toBe('sc-mark');
    const card = page.locator('source-context-card .sc-popover[data-state="open"]');
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(0);
  });

  it('lists the cards in the popup and counts them on the badge', async () => {
    const state = await tabState(page);
    const popup = await ext.openPopup(page);
    await popup.waitForSelector('[data-section="named"]');
    const site = await popup.locator('[data-section="site"] .sc-name').allTextContents();
    expect(site).toEqual(['The Moscow Times']);
    const cited = await popup.locator('[data-section="cited"] .sc-name').allTextContents();
    expect(cited).toContain('RIA Novosti');
    const all = await popup.locator('[data-section="cited"] .sc-name, [data-section="named"] .sc-name').allTextContents();
    for (const { name } of EXPECTED) expect(all).toContain(name);
    const tabId = await ext.tabIdOf(page);
    // @ts-expect-error chrome is the extension API inside the worker
    const badge = await ext.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(String(state.analysis.cards.length));
    await popup.close();
  });

  it('turning the site off removes the highlights, the stored cards and the badge', async () => {
    const tabId = await ext.tabIdOf(page);
    await ext.worker.evaluate(async () => {
      // @ts-expect-error chrome is the extension API inside the worker
      await chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } });
    });
    await expect.poll(() => page.locator('sc-mark').count(), { timeout: 5000 }).toBe(0);
    // @ts-expect-error chrome is the extension API inside the worker
    await expect.poll(() => ext.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 5000 }).toBe('');
    expect(await tabState(page)).toBeUndefined();
    await ext.worker.evaluate(async () => {
      // @ts-expect-error chrome is the extension API inside the worker
      await chrome.storage.local.remove('settings');
    });
  });
});
