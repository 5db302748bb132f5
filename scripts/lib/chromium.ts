// Chromium with the built extension loaded, driven by playwright-core: for the tests and `npm start`.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './browsers.ts';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup as a tab for `tabId` (the real popup cannot be a Playwright page). */
  openPopup(forPage: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function launchChromium(distDir = 'dist/chrome', options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium or Chrome found: install Debian\'s chromium or set CHROME_PATH.');
  const dist = resolve(distDir);
  const profile = mkdtempSync(join(tmpdir(), 'source-context-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      // Branded Chrome 137+ ignores --load-extension unless this feature is off.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    viewport: { width: 1200, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  // Without the "tabs" permission (deliberately not asked for) tab URLs are hidden: bring the page to the front
  // and take the active tab's id instead.
  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const sw = context.serviceWorkers()[0] ?? worker;
    const id = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error(`no tab for ${page.url()}`);
    return id;
  };

  return {
    context,
    extensionId,
    worker,
    tabIdOf,
    async openPopup(forPage: Page) {
      const tabId = await tabIdOf(forPage);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
