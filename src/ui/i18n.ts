// UI text through the browser's i18n (`_locales`), with the English table as the fallback outside the extension.
import { t as platformT, uiLanguage } from '../platform/browser.ts';
import { EN, type MessageKey } from './strings.ts';

export function t(key: MessageKey, ...substitutions: string[]): string {
  const fallback = EN[key].replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return platformT(key, substitutions.length ? substitutions : undefined, fallback);
}

/** The reader's UI language for dates and numbers; English outside the extension. */
export function uiLocale(): string {
  return uiLanguage();
}
