// The reader's settings, with defaults; stored in storage.local and validated on read so a bad value never
// breaks the extension.
import * as z from 'zod/mini';
import type { EntityType, HighlightMode } from './types.ts';

export const ALL_TYPES: EntityType[] = ['person', 'organization', 'outlet', 'country', 'place'];

export const Settings = z.object({
  highlightMode: z._default(z.enum(['off', 'popup', 'first', 'all']), 'first'),
  types: z._default(z.array(z.enum(['person', 'organization', 'outlet', 'country', 'place'])), ALL_TYPES),
  /** Hostnames (without www.) where the reader turned the extension off. */
  disabledSites: z._default(z.array(z.string()), []),
});
export type Settings = { highlightMode: HighlightMode; types: EntityType[]; disabledSites: string[] };

export const SETTINGS_KEY = 'settings';

export function parseSettings(stored: unknown): Settings {
  const parsed = Settings.safeParse(stored ?? {});
  return parsed.success ? (parsed.data as Settings) : (Settings.parse({}) as Settings);
}

export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export function isSiteDisabled(settings: Settings, host: string): boolean {
  const key = siteKey(host);
  return settings.disabledSites.some((site) => key === site || key.endsWith(`.${site}`));
}
