// `npm run screenshots`: PNG screenshots of the popup (light and dark), a hover card and the options page, made in
// headless Chromium with the built extension on the demo article, into docs/screenshots/ (shown in the README).
//   npm run build && npm run screenshots [-- --lang ru]   (with --lang, the popup also in that UI language)
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './lib/chromium.ts';
import { serveStatic, type StaticServer } from './lib/serve.ts';

const DEMO = 'moscow-times-2024-10-24.html';
const OUT = 'docs/screenshots';
const langArg = process.argv.indexOf('--lang');
const extraLang = langArg > 0 ? process.argv[langArg + 1] : null;

async function withBrowser<T>(server: StaticServer, run: (ext: ExtensionBrowser, page: Page) => Promise<T>): Promise<T> {
  const ext = await launchChromium('dist/chrome');
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url(DEMO));
    await page.waitForSelector('sc-mark', { timeout: 20_000 });
    return await run(ext, page);
  } finally {
    await ext.close();
  }
}

/** The popup at its real size (the browser caps a popup's height at 600 px), from the top, with the cited outlet's
 *  card opened. */
async function popupShot(ext: ExtensionBrowser, page: Page, path: string, colorScheme: 'light' | 'dark'): Promise<void> {
  const popup = await ext.openPopup(page);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.emulateMedia({ colorScheme });
  await popup.waitForSelector('[data-section="people"]');
  await popup.locator('[data-section="cited"] .sc-disclosure').first().click();
  await popup.mouse.move(0, 590);
  await popup.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  await popup.screenshot({ path });
  await popup.close();
}

const server = await serveStatic(['assets/demo']);
mkdirSync(OUT, { recursive: true });
const written: string[] = [];
try {
  await withBrowser(server, async (ext, page) => {
    await page.setViewportSize({ width: 1100, height: 820 });
    await popupShot(ext, page, `${OUT}/popup.png`, 'light');
    await popupShot(ext, page, `${OUT}/popup-dark.png`, 'dark');
    written.push(`${OUT}/popup.png`, `${OUT}/popup-dark.png`);

    // The hover card with the name it belongs to and some of the article around it.
    const mark = page.locator('sc-mark', { hasText: 'Aleksandar Vulin' }).first();
    await mark.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    await mark.hover();
    await page.waitForSelector('source-context-card .sc-popover[data-state="open"]');
    await page.waitForTimeout(250);
    const card = await page.locator('source-context-card .sc-popover').boundingBox();
    const name = await mark.boundingBox();
    if (!card || !name) throw new Error('the hover card did not open');
    const viewport = page.viewportSize()!;
    const left = Math.max(0, Math.min(card.x, name.x) - 48);
    const top = Math.max(0, Math.min(card.y, name.y) - 40);
    const bottom = Math.min(viewport.height, Math.max(card.y + card.height, name.y + name.height) + 40);
    const width = Math.min(viewport.width - left, 760);
    await page.screenshot({ path: `${OUT}/hover-card.png`, clip: { x: left, y: top, width, height: bottom - top } });
    written.push(`${OUT}/hover-card.png`);

    const options = await ext.context.newPage();
    await options.setViewportSize({ width: 760, height: 900 });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="dataset-version"]');
    await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
    written.push(`${OUT}/options.png`);
  });

  if (extraLang) {
    // Chromium on Linux takes its UI language (and so the extension's `_locales`) from LANGUAGE.
    // (Debian's Chromium needs the chromium-l10n package for languages other than English.)
    process.env.LANGUAGE = extraLang;
    await withBrowser(server, async (ext, page) => {
      await popupShot(ext, page, `${OUT}/popup-${extraLang}.png`, 'light');
      written.push(`${OUT}/popup-${extraLang}.png`);
    });
  }
  console.log(`Screenshots: ${written.join(', ')}`);
} finally {
  await server.close();
}
