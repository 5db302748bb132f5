// Firefox ESR with the built extension installed as a temporary add-on, driven by puppeteer-core over WebDriver BiDi.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFirefox } from './browsers.ts';

/** Pinning the add-on's internal UUID makes its moz-extension:// pages addressable. */
export const FIREFOX_UUID = '6f1c2a4e-0b7d-4c55-9a31-5e2f0d3c8b17';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  origin: string;
  /** Opens the popup page for the tab showing `forPage`. */
  openPopup(forPage: Page): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(distDir = 'dist/firefox'): Promise<FirefoxExtensionBrowser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install Debian\'s firefox-esr or set FIREFOX_PATH.');
  const dist = resolve(distDir);
  const geckoId = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      // Content scripts' host permissions are granted at install, as for a signed add-on the reader installs.
      'extensions.originControls.grantByDefault': true,
    },
  });
  await browser.installExtension(dist);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  return {
    browser,
    origin,
    async openPopup(forPage: Page) {
      // The extension reads tab ids from its own pages; find the tab by URL from the popup page itself.
      const popup = await browser.newPage();
      void popup.goto(`${origin}/popup.html?forUrl=${encodeURIComponent(forPage.url())}`).catch(() => undefined);
      await popup.waitForSelector('main.sc-popup', { timeout: 15_000 });
      return popup;
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
