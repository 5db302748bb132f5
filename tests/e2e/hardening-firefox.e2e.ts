// The hostile pages of tests/pages/hostile in Firefox ESR (over WebDriver BiDi), where content scripts see the page
// through Xray wrappers rather than an isolated world: the page's overridden built-ins, its size, its endless
// mutations, its `all: unset` and its forgeries must not reach or fool the extension there either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtensionBrowser } from '../../scripts/lib/firefox.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';

let server: StaticServer;
let ff: FirefoxExtensionBrowser;
const HIGHLIGHTED = { timeout: 20_000 };

beforeAll(async () => {
  server = await serveStatic(['tests/pages/hostile']);
  ff = await launchFirefox('dist/firefox');
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** A page with its uncaught errors collected. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await ff.browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  await page.goto(server.url(path));
  return { page, problems };
}

const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('sc-mark').length);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The hostile pages count their own timer ticks (window.__beats) to show they kept running. */
async function beatsDuring(page: Page, ms: number): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __beats: number }).__beats = 0));
  await pause(ms);
  return page.evaluate(() => (window as unknown as { __beats: number }).__beats);
}

const OPEN_CARD = 'source-context-card:not(#fake-host) >>> .sc-popover[data-state="open"]';

/** Hovers the first element matching `selector` and returns the name on the card that opens, or null. */
async function hoverForCard(page: Page, selector = 'sc-mark'): Promise<string | null> {
  await page.mouse.move(0, 0);
  await page.hover(selector);
  try {
    await page.waitForSelector(OPEN_CARD, { timeout: 3000 });
  } catch {
    return null;
  }
  return page.$eval(`${OPEN_CARD} .sc-name`, (el) => el.textContent);
}

describe('Firefox: hostile pages', () => {
  it('overridden built-ins in the page do not reach the content script', async () => {
    const { page, problems } = await open('overrides.html');
    await page.waitForSelector('sc-mark', HIGHLIGHTED);
    expect(await markCount(page)).toBeGreaterThan(3);
    expect(await hoverForCard(page)).toBeTruthy();
    expect(await beatsDuring(page, 500)).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a page with 100,000 text nodes and 5 MB of text stays responsive, with nothing highlighted', async () => {
    const { page, problems } = await open('huge.html');
    expect(await page.evaluate(() => (window as unknown as { __textNodes: number }).__textNodes)).toBeGreaterThanOrEqual(100_000);
    expect(await beatsDuring(page, 2500)).toBeGreaterThan(30);
    expect(await markCount(page)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a page that mutates without pause keeps running and gets its highlights', async () => {
    const { page, problems } = await open('mutating.html');
    await page.waitForSelector('sc-mark', HIGHLIGHTED);
    const ticks = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    expect(await beatsDuring(page, 3000)).toBeGreaterThan(25);
    expect(await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks)).toBeGreaterThan(ticks + 50);
    expect(await markCount(page)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('`* { all: unset }`: highlights keep their style and the card shows on top', async () => {
    const { page, problems } = await open('unset.html');
    await page.waitForSelector('sc-mark', HIGHLIGHTED);
    const style = await page.$eval('sc-mark', (m) => {
      const s = getComputedStyle(m);
      return { display: s.display, bg: s.backgroundColor };
    });
    expect(style.display).toBe('inline');
    expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(await hoverForCard(page)).toBeTruthy();
    const box = await (await page.$(OPEN_CARD))!.boundingBox();
    expect(box!.width).toBeGreaterThan(150);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: box!.x + box!.width / 2, y: box!.y + 10 });
    expect(onTop).toBe('source-context-card');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names in script, style, textarea, inputs, SVG, code, links, forms and editable regions are left alone', async () => {
    const { page, problems } = await open('places.html');
    await page.waitForSelector('sc-mark', HIGHLIGHTED);
    await pause(500);
    for (const selector of ['script', 'style', 'textarea', 'input', '#editable', '#textbox', 'svg', 'pre', 'code', 'a', 'form', 'button', 'label']) {
      expect(await page.$$eval(`${selector} sc-mark`, (xs) => xs.length), selector).toBe(0);
    }
    expect(await page.$eval('#textarea', (t) => (t as HTMLTextAreaElement).value)).toBe('Vladimir Putin and Aleksandar Vulin in a textarea');
    expect(await page.evaluate(() => document.getElementById('editable')!.innerHTML)).toBe('<p>Vladimir Putin in an editable region; Aleksandar Vulin too.</p>');
    expect(await markCount(page)).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a forged highlight opens no card, and a card the page writes into never shows the forgery', async () => {
    const { page, problems } = await open('spoof.html');
    await page.waitForSelector('sc-mark:not(#forged)', HIGHLIGHTED);
    expect(await hoverForCard(page, '#forged')).toBeNull();
    expect(await page.$eval('#fake-host', (el) => el.textContent)).toBe('A forged card');
    await hoverForCard(page, 'sc-mark:not(#forged)');
    await pause(500);
    const names = await page.$$eval(`${OPEN_CARD} .sc-name`, (xs) => xs.map((x) => x.textContent));
    expect(names).not.toContain('SPOOFED');
    expect(problems).toEqual([]);
    await page.close();
  });
});
