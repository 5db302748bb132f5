// The popup and the options page in Firefox ESR: axe-core in the light and the dark colour scheme, and the
// keyboard route to a search result. One browser for the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { FirefoxExtensionBrowser } from '../../scripts/lib/firefox.ts';
import { demoInFirefox } from './demo.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

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

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary: string }> }>;
  contrastChecked: number;
}
async function axe(p: Page): Promise<AxeResult> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE);
  return p.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations', 'passes'] });
    return {
      violations: result.violations.map((v: AxeResult['violations'][number]) => ({
        id: v.id,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      contrastChecked: result.passes.find((r: { id: string }) => r.id === 'color-contrast')?.nodes.length ?? 0,
    };
  }) as Promise<AxeResult>;
}

/** Firefox over WebDriver BiDi cannot emulate prefers-color-scheme, so the dark scheme is applied by copying the
 *  page's own `@media (prefers-color-scheme: dark)` rules into an unconditional style sheet. */
async function forceDarkScheme(p: Page): Promise<number> {
  return p.evaluate(() => {
    const rules: string[] = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.conditionText)) {
          for (const inner of rule.cssRules) rules.push(inner.cssText);
        }
      }
    }
    const style = document.createElement('style');
    style.id = 'sc-test-dark';
    style.textContent = rules.join('\n') + '\nhtml { color-scheme: dark; }';
    document.head.append(style);
    return rules.length;
  });
}

async function expectAccessibleInBothSchemes(p: Page, label: string, darkBackground: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') {
      expect(await forceDarkScheme(p)).toBeGreaterThan(0);
      const background = await p.evaluate(() => getComputedStyle(document.querySelector('main')!).backgroundColor);
      expect(background, `${label}: dark scheme applied`).toBe(darkBackground);
    }
    const { violations, contrastChecked } = await axe(p);
    expect(violations, `${label}, ${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    expect(contrastChecked, `${label}, ${scheme}: elements whose contrast was checked`).toBeGreaterThan(5);
  }
  await p.evaluate(() => document.getElementById('sc-test-dark')?.remove());
}

describe('Firefox: popup and options', () => {
  it('popup: no axe violations in either colour scheme', async () => {
    const popup = await ff.openPopup(page);
    await popup.waitForSelector('[data-section="people"]', { timeout: 10_000 });
    await popup.click('[data-section="people"] .sc-disclosure');
    await expectAccessibleInBothSchemes(popup, 'popup', 'rgb(27, 32, 43)');
    await popup.close();
  });

  it('popup: search from the keyboard, results announced, Enter opens a result', async () => {
    const popup = await ff.openPopup(page);
    await popup.waitForSelector('[data-section="people"]', { timeout: 10_000 });
    await popup.focus('#sc-search-input');
    await popup.keyboard.type('Putin');
    await popup.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-section="search"] .sc-name')].some((e) => e.textContent === 'Vladimir Putin') &&
        /^Results: [1-9]/.test(document.querySelector('[data-testid="search-status"]')?.textContent ?? ''),
      { timeout: 15_000 },
    );
    await popup.keyboard.press('ArrowDown');
    const firstResult = await popup.$eval('[data-section="search"] .sc-name', (e) => e.textContent);
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(firstResult);
    await popup.keyboard.press('Enter');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await popup.close();
  });

  it('options: no axe violations in either colour scheme', async () => {
    const options = await ff.browser.newPage();
    void options.goto(`${ff.origin}/options.html`).catch(() => undefined);
    await options.waitForSelector('[data-testid="dataset-version"]', { timeout: 15_000 });
    await expectAccessibleInBothSchemes(options, 'options', 'rgb(35, 41, 55)');
    await options.close();
  });
});
