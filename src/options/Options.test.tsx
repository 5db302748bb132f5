// @vitest-environment happy-dom
// The options page through a stand-in OptionsApi: settings saved at once, per-site switches, dataset and sources.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Options, parseSiteInput, type OptionsApi } from './Options.tsx';
import { parseSettings, type Settings } from '../shared/settings.ts';

describe('parseSiteInput', () => {
  it('takes a host from a host name or an address, without www.', () => {
    expect(parseSiteInput(' www.Example.com ')).toBe('example.com');
    expect(parseSiteInput('https://news.example.co.uk/world/1')).toBe('news.example.co.uk');
    expect(parseSiteInput('not a site')).toBeNull();
    expect(parseSiteInput('localhost')).toBeNull();
    expect(parseSiteInput('')).toBeNull();
  });
});

let root: HTMLElement | undefined;
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
});

function mount(initial: Partial<Settings>, status: { ok: true; result: unknown } | { ok: false; error: string }) {
  const saved: Settings[] = [];
  let settings = parseSettings(initial);
  const api: OptionsApi = {
    load: async () => settings,
    save: async (next) => {
      settings = next;
      saved.push(next);
    },
    send: async <T,>() => status as { ok: true; result: T },
    shortcut: async () => 'Alt+Shift+S',
  };
  root = document.createElement('div');
  document.body.append(root);
  render(<Options api={api} />, root);
  return saved;
}
const q = (sel: string) => root!.querySelector(sel);
/** Waits until `sel` is rendered. */
const find = <T extends Element = HTMLInputElement>(sel: string) =>
  vi.waitFor(() => {
    const el = root!.querySelector(sel);
    if (!el) throw new Error(`${sel} not rendered yet`);
    return el as unknown as T;
  });

describe('Options', () => {
  const status = {
    ok: true as const,
    result: {
      version: 'abc123',
      builtAt: '2026-11-20T10:00:00Z',
      sources: [{ id: 's', name: 'OpenSanctions', url: 'https://www.opensanctions.org/', licence: 'CC BY-NC 4.0', asOf: '2026-11-01', attribution: 'OpenSanctions.org' }],
    },
  };

  it('shows the dataset version, its sources with licences and dates, the shortcut and the privacy statement', async () => {
    mount({}, status);
    await vi.waitFor(() => expect(q('[data-testid="dataset-version"]')?.textContent).toBe('Version abc123, built Nov 20, 2026'));
    const source = q('.sc-sources li')!.textContent!;
    expect(source).toContain('OpenSanctions');
    expect(source).toContain('CC BY-NC 4.0');
    expect(source).toContain('data as of Nov 1, 2026');
    expect(q('kbd')?.textContent).toBe('Alt+Shift+S');
    expect(q('[data-section="privacy"]')?.textContent).toContain('makes no network requests');
  });

  it('saves the highlight mode and the entity types at once', async () => {
    const saved = mount({}, status);
    const all = await find('input[value="all"]');
    all.click();
    await vi.waitFor(() => expect(saved.at(-1)?.highlightMode).toBe('all'));
    (q('input[value="place"]') as HTMLInputElement).click();
    await vi.waitFor(() => expect(saved.at(-1)?.types).not.toContain('place'));
  });

  it('turns a typed site off, refuses what is not a site, and turns a site on again', async () => {
    const saved = mount({ disabledSites: ['old.example'] }, status);
    const input = await find('#sc-add-site-input');
    input.value = 'not a site';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(input.value).toBe('not a site'));
    (q('.sc-add-site') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(q('[role="alert"]')?.textContent).toBe('Not a site name: not a site'));
    expect(saved).toHaveLength(0);
    input.value = 'https://www.news.example.com/x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(input.value).toBe('https://www.news.example.com/x'));
    (q('.sc-add-site') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(saved.at(-1)?.disabledSites).toEqual(['news.example.com', 'old.example']));
    const turnOn = [...root!.querySelectorAll('.sc-site-list button')].find((b) => b.textContent === 'Turn on old.example again') as HTMLButtonElement;
    turnOn.click();
    await vi.waitFor(() => expect(saved.at(-1)?.disabledSites).toEqual(['news.example.com']));
  });

  it('shows a dataset error', async () => {
    mount({}, { ok: false, error: 'dataset/manifest.json: HTTP 404' });
    await vi.waitFor(() => expect(q('[role="alert"]')?.textContent).toBe('The dataset could not be loaded: dataset/manifest.json: HTTP 404'));
  });
});
