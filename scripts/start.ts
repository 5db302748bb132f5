// `npm start`: the built extension in the system's Chromium on the bundled demo article, served on 127.0.0.1.
// With a display it opens a window and waits; without one (or with --headless) it prints what the extension
// found and writes screenshots of the highlighted page, an open hover card and the popup to out/.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/serve.ts';
import type { TabState } from '../src/background/index.ts';

const DEMO = 'moscow-times-2024-10-24.html';
const wantHeadless =
  process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const server = await serveStatic(['assets/demo']);
const ext = await launchChromium('dist/chrome', { headless: wantHeadless });
const page = await ext.context.newPage();
await page.goto(server.url(DEMO));

if (!wantHeadless) {
  console.log(`Source Context is loaded in Chromium on ${server.url(DEMO)}`);
  console.log('Hover or Tab to a highlighted name for its card; the toolbar button opens the popup. Close the window to stop.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  await server.close();
  process.exit(0);
}

try {
  await page.waitForSelector('sc-mark', { timeout: 20_000 });
  const tabId = await ext.tabIdOf(page);
  const state = (await ext.worker.evaluate(async (id: number) => {
    const key = `tab:${id}`;
    // @ts-expect-error chrome is the extension API inside the worker
    return (await chrome.storage.session.get(key))[key];
  }, tabId)) as TabState;
  const { article, siteOutlet, cards, citedIds } = state.analysis;
  console.log(`Article: ${article.title}`);
  console.log(`  published ${article.datePublished ?? 'unknown'} by ${article.publisher ?? 'unknown'}; ${article.url}`);
  if (siteOutlet) console.log(`Site: ${siteOutlet.name} — ${siteOutlet.headline ?? siteOutlet.description ?? ''}`);
  console.log(`Entities (${cards.length}):`);
  for (const card of cards) {
    const line = card.headline ?? card.description ?? '';
    console.log(`  ${citedIds.includes(card.id) ? '[cited] ' : ''}${card.name} (${card.type}) — ${line}`);
  }

  mkdirSync('out', { recursive: true });
  await page.screenshot({ path: 'out/page-highlights.png', fullPage: true });
  await page.locator('sc-mark', { hasText: 'Vulin' }).first().hover();
  await page.waitForSelector('source-context-card .sc-popover[data-state="open"]');
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'out/hover-card.png' });
  const popup = await ext.openPopup(page);
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.waitForSelector('[data-section]');
  await popup.screenshot({ path: 'out/popup.png', fullPage: true });
  console.log('Screenshots: out/page-highlights.png, out/hover-card.png, out/popup.png');
} finally {
  await ext.close();
  await server.close();
}
