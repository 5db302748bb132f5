// Every translation carries every English key, with the same $1/$2 substitutions and a translator note.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN } from './strings.ts';
import { formatDate } from './Card.tsx';
import { t } from './i18n.ts';

const LOCALES_DIR = new URL('../../assets/_locales/', import.meta.url).pathname;
const substitutions = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
const locales = readdirSync(LOCALES_DIR).filter((d) => d !== 'en');

describe('translations', () => {
  it('include Russian and Serbian', () => {
    expect(locales).toEqual(expect.arrayContaining(['ru', 'sr']));
  });

  for (const lang of locales) {
    describe(lang, () => {
      const messages = JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string; description?: string }
      >;

      it('has every key of the English table and no other', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(EN).sort());
      });

      it('keeps each message’s $1/$2 substitutions', () => {
        for (const [key, english] of Object.entries(EN)) {
          expect(substitutions(messages[key].message), `${lang}.${key}`).toEqual(substitutions(english));
        }
      });

      it('has a non-empty message and a translator note for each key', () => {
        for (const [key, { message, description }] of Object.entries(messages)) {
          expect(message.trim(), `${lang}.${key}`).not.toBe('');
          expect(description?.trim(), `${lang}.${key} description`).toBeTruthy();
        }
      });

      it('uses a placeholder-free format the browsers accept ($ only before a digit)', () => {
        for (const [key, { message }] of Object.entries(messages)) expect(/\$(?!\d)/.test(message), `${lang}.${key}`).toBe(false);
      });
    });
  }

  it('Serbian is written in Cyrillic', () => {
    const sr = JSON.parse(readFileSync(join(LOCALES_DIR, 'sr', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const text = Object.values(sr)
      .map((m) => m.message.replace(/Source Context|chrome:\/\/\S+|about:addons|\(?(Chrome|Firefox)\)?|Wikipedia|example\.com|Enter/g, ''))
      .join(' ');
    const latin = (text.match(/[A-Za-z]/g) ?? []).length;
    const cyrillic = (text.match(/[\u0400-\u04FF]/g) ?? []).length;
    expect(cyrillic).toBeGreaterThan(500);
    expect(latin).toBe(0);
  });
});

describe('t() outside the extension', () => {
  it('falls back to English and fills in substitutions', () => {
    expect(t('popupEnableSite', 'example.com')).toBe('Enable on example.com');
    expect(t('optionsDatasetVersion', 'abc', '1 May 2024')).toBe('Version abc, built 1 May 2024');
  });
});

describe('formatDate', () => {
  it('formats in the given UI language and keeps partial dates partial', () => {
    expect(formatDate('2024-10-24', 'en-GB')).toBe('24 Oct 2024');
    expect(formatDate('2024-10-24', 'ru')).toMatch(/^24 окт\.? 2024/);
    expect(formatDate('2024-10-24', 'sr')).toMatch(/24\.? ?окт/);
    expect(formatDate('2024-10', 'en-GB')).toBe('Oct 2024');
    expect(formatDate('2024', 'en-GB')).toBe('2024');
    expect(formatDate(null)).toBe('');
  });
  it('survives a locale tag the runtime does not know', () => {
    expect(formatDate('2024-10-24', 'not a locale!')).toMatch(/2024/);
  });
});
