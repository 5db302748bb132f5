// Who may ask the worker what (checkSender), and what the message schema refuses (Request).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSender } from './sender.ts';
import { MAX_TEXT, Request } from '../shared/messages.ts';
import type { MessageSender } from '../platform/browser.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentScript: MessageSender = { id: ID, url: 'https://www.themoscowtimes.com/2024/10/24/x', tab: { id: 7 } as MessageSender['tab'] };
const popup: MessageSender = { id: ID, url: `${ORIGIN}popup.html` };
const popupAsTab: MessageSender = { id: ID, url: `${ORIGIN}popup.html?tabId=7`, tab: { id: 9 } as MessageSender['tab'] };
const otherExtension: MessageSender = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };

const article = { url: 'https://example.com/a', isArticle: true, title: 't', byline: null, datePublished: '2024-10-24', publisher: null, lang: 'en' };
const analyze = { kind: 'analyze', article, canonicalUrl: null, text: 'Aleksandar Vulin', linkHosts: [] };

describe('checkSender', () => {
  it('accepts page messages from content scripts and extension-page messages from extension pages', () => {
    expect(checkSender(analyze, contentScript, ID, ORIGIN)).toBeNull();
    expect(checkSender({ kind: 'hide-card', id: 'Q1' }, contentScript, ID, ORIGIN)).toBeNull();
    for (const sender of [popup, popupAsTab]) {
      expect(checkSender({ kind: 'status' }, sender, ID, ORIGIN)).toBeNull();
      expect(checkSender({ kind: 'tab-state', tabId: 7 }, sender, ID, ORIGIN)).toBeNull();
      expect(checkSender({ kind: 'search', query: 'x', date: null }, sender, ID, ORIGIN)).toBeNull();
    }
  });

  it('refuses other extensions, and messages without a sender id', () => {
    expect(checkSender({ kind: 'status' }, otherExtension, ID, ORIGIN)).toMatch(/is not this extension/);
    expect(checkSender(analyze, { ...contentScript, id: undefined }, ID, ORIGIN)).toMatch(/\(none\) is not this extension/);
  });

  it('refuses page-only kinds from extension pages and extension-page kinds from pages', () => {
    expect(checkSender(analyze, popup, ID, ORIGIN)).toMatch(/only from a content script/);
    expect(checkSender(analyze, popupAsTab, ID, ORIGIN)).toMatch(/only from a content script/);
    expect(checkSender({ kind: 'hide-card', id: 'Q1' }, popup, ID, ORIGIN)).toMatch(/only from a content script/);
    for (const kind of ['status', 'tab-state', 'search']) {
      expect(checkSender({ kind }, contentScript, ID, ORIGIN)).toMatch(/only from the extension's own pages/);
    }
    // A page whose address merely contains the extension's origin is still a page.
    expect(checkSender({ kind: 'status' }, { ...contentScript, url: `https://evil.example/${ORIGIN}` }, ID, ORIGIN)).toMatch(/own pages/);
  });

  it('leaves messages without a kind to the schema', () => {
    expect(checkSender('status', contentScript, ID, ORIGIN)).toBeNull();
    expect(checkSender(null, contentScript, ID, ORIGIN)).toBeNull();
    expect(checkSender({ kind: 5 }, contentScript, ID, ORIGIN)).toBeNull();
  });

  it('never throws, whatever arrives from whoever', () => {
    fc.assert(
      fc.property(fc.anything(), fc.record({ id: fc.option(fc.string()), url: fc.option(fc.string()), tab: fc.option(fc.record({ id: fc.integer() })) }), (message, sender) => {
        const s = { id: sender.id ?? undefined, url: sender.url ?? undefined, tab: sender.tab ?? undefined } as MessageSender;
        const verdict = checkSender(message, s, ID, ORIGIN);
        if (s.id !== ID) expect(verdict).toMatch(/is not this extension/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Request schema', () => {
  it('accepts each well-formed request', () => {
    for (const m of [
      analyze,
      { kind: 'card', id: 'Q1', date: null },
      { kind: 'search', query: 'Vulin', date: '2024-10-24' },
      { kind: 'tab-state', tabId: 3 },
      { kind: 'hide-card', id: 'Q1' },
      { kind: 'status' },
    ]) {
      expect(Request.safeParse(m).success, JSON.stringify(m)).toBe(true);
    }
  });

  it('refuses malformed requests', () => {
    const bad: unknown[] = [
      null,
      'status',
      42,
      [],
      {},
      { kind: 'drop-tables' },
      { kind: 'analyze' },
      { ...analyze, text: 42 },
      { ...analyze, text: 'x'.repeat(MAX_TEXT + 1) },
      { ...analyze, linkHosts: ['x'.repeat(254)] },
      { ...analyze, linkHosts: Array.from({ length: 5001 }, () => 'a.com') },
      { ...analyze, article: { ...article, url: 'x'.repeat(5000) } },
      { ...analyze, article: { ...article, isArticle: 'yes' } },
      { kind: 'card', id: 'Q'.repeat(65), date: null },
      { kind: 'search', query: 'x'.repeat(201), date: null },
      { kind: 'tab-state', tabId: '3' },
      { kind: 'hide-card' },
    ];
    for (const m of bad) expect(Request.safeParse(m).success, JSON.stringify(m)?.slice(0, 80)).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ kind: fc.constantFrom('analyze', 'card', 'search', 'tab-state', 'hide-card', 'status'), id: fc.anything(), text: fc.anything(), tabId: fc.anything() })), (m) => {
        expect(() => Request.safeParse(m)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
