// The common start of the browser tests: the demo article served on 127.0.0.1 and open, with its names
// highlighted, in a browser running the built extension. One browser per test file.
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { launchChromium, type ExtensionBrowser } from '../../scripts/lib/chromium.ts';
import { launchFirefox, type FirefoxExtensionBrowser } from '../../scripts/lib/firefox.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';
import { DEMO_PAGE } from './reference.ts';

const HIGHLIGHTED = { timeout: 20_000 };

export interface Demo<B, P> {
  server: StaticServer;
  browser: B;
  page: P;
  close(): Promise<void>;
}

/** `prepare` runs after launch and before the page opens (routes for extra pages, say). */
export async function demoInChromium(
  prepare: (ext: ExtensionBrowser, server: StaticServer) => Promise<void> = async () => undefined,
): Promise<Demo<ExtensionBrowser, ChromiumPage>> {
  const server = await serveStatic(['assets/demo']);
  const ext = await launchChromium('dist/chrome');
  await prepare(ext, server);
  const page = await ext.context.newPage();
  await page.goto(server.url(DEMO_PAGE));
  await page.waitForSelector('sc-mark', HIGHLIGHTED);
  return { server, browser: ext, page, close: async () => (await ext.close(), await server.close()) };
}

export async function demoInFirefox(): Promise<Demo<FirefoxExtensionBrowser, FirefoxPage>> {
  const server = await serveStatic(['assets/demo']);
  const ff = await launchFirefox('dist/firefox');
  const page = await ff.browser.newPage();
  await page.goto(server.url(DEMO_PAGE));
  await page.waitForSelector('sc-mark', HIGHLIGHTED);
  return { server, browser: ff, page, close: async () => (await ff.close(), await server.close()) };
}
