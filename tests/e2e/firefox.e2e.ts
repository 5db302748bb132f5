// The built extension in Firefox ESR on the demo page, over WebDriver BiDi: the same path as in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { FirefoxExtensionBrowser } from '../../scripts/lib/firefox.ts';
import { demoInFirefox } from './demo.ts';
import { EXPECTED, NOT_ARTICLE_TEXT } from './reference.ts';

let ff: FirefoxExtensionBrowser;
let page: Page;
let demo: Awaited<ReturnType<typeof demoInFirefox>> | undefined;

beforeAll(async () => {
  demo = await demoInFirefox();
  ({ browser: ff, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

const openCards = (p: Page) => p.$$('source-context-card >>> .sc-popover[data-state="open"]');

describe('Firefox: the reference article', () => {
  it('highlights every expected name in the article body only', async () => {
    const marked = await page.$$eval('sc-mark', (marks) => marks.map((m) => m.textContent));
    for (const { surface } of EXPECTED) expect(marked).toContain(surface);
    for (const selector of NOT_ARTICLE_TEXT) expect(await page.$$(`${selector} sc-mark`), selector).toHaveLength(0);
  });

  it('leaves the page text exactly as it was', async () => {
    const same = await page.evaluate(async () => {
      const original = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return original.body.textContent === document.body.textContent;
    });
    expect(same).toBe(true);
  });

  it('opens a card on hover, and Escape closes it', async () => {
    const marks = await page.$$('sc-mark');
    let vulin = null;
    for (const m of marks) if ((await m.evaluate((el) => el.textContent)) === 'Aleksandar Vulin') vulin = m;
    expect(vulin).not.toBeNull();
    await vulin!.hover();
    await page.waitForSelector('source-context-card >>> .sc-popover[data-state="open"]', { timeout: 5000 });
    const name = await page.$eval('source-context-card >>> .sc-popover .sc-name', (el) => el.textContent);
    expect(name).toBe('Aleksandar Vulin');
    const headline = await page.$eval('source-context-card >>> .sc-popover .sc-headline', (el) => el.textContent);
    expect(headline).toMatch(/Deputy Prime Minister/);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await openCards(page)).length, { timeout: 3000 }).toBe(0);
    await page.mouse.move(0, 0);
  });

  it('opens a card from the keyboard', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'sc-mark'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.localName ?? '');
    }
    expect(focused).toBe('sc-mark');
    await expect.poll(async () => (await openCards(page)).length, { timeout: 3000 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await openCards(page)).length, { timeout: 3000 }).toBe(0);
  });

  it('lists the article, the site and the cards in the popup', async () => {
    const popup = await ff.openPopup(page);
    await popup.waitForSelector('[data-section="named"]', { timeout: 10_000 });
    const text = (sel: string) => popup.$$eval(sel, (els) => els.map((e) => e.textContent ?? ''));
    expect(await text('[data-section="site"] .sc-name')).toEqual(['The Moscow Times']);
    expect(await text('[data-section="cited"] .sc-name')).toContain('RIA Novosti');
    const all = await text('[data-section="cited"] .sc-name, [data-section="named"] .sc-name');
    for (const { name } of EXPECTED) expect(all).toContain(name);
    const article = await text('.sc-article');
    expect(article.join(' ')).toMatch(/Serbia Doesn't Endorse/);
    expect(article.join(' ')).toMatch(/Oct 24, 2024|24 Oct 2024/);
    // The badge counts the cards for this tab.
    const badge = await popup.evaluate(async (url: string) => {
      // @ts-expect-error browser is the extension API on extension pages
      const tabs: Array<{ id: number; url?: string }> = await browser.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      // @ts-expect-error browser is the extension API on extension pages
      return tab ? browser.action.getBadgeText({ tabId: tab.id }) : null;
    }, page.url());
    const cards = await text('[data-section="cited"] .sc-name, [data-section="named"] .sc-name');
    expect(badge).toBe(String(cards.length));
    await popup.close();
  });
});
