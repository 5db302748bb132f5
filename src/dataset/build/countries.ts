// ISO 3166-1 codes for country names, and country QIDs from the Wikidata extracts.
import { createRequire } from 'node:module';
import { normalizeName } from './text.ts';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getAlpha2Code(name: string, lang: string): string | undefined;
  alpha3ToAlpha2(a3: string): string | undefined;
  getName(code: string, lang: string, opts?: { select: 'official' | 'alias' | 'all' }): string | string[] | undefined;
  getNames(lang: string, opts?: { select: 'official' | 'alias' | 'all' }): Record<string, string | string[]>;
};
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Names the sources use that the ISO name list does not know. Kosovo has no ISO code; XK is the code in common use. */
const EXTRA: Record<string, string> = {
  kosovo: 'XK',
  'czech republic': 'CZ',
  czechia: 'CZ',
  'united kingdom': 'GB',
  uk: 'GB',
  'united states': 'US',
  'united states of america': 'US',
  us: 'US',
  uae: 'AE',
  'united arab emirates': 'AE',
  'south korea': 'KR',
  'korea south': 'KR',
  'north korea': 'KP',
  'korea north': 'KP',
  'bosnia herzegovina': 'BA',
  'bosnia and herzegovina': 'BA',
  taiwan: 'TW',
  'republic of china': 'TW',
  'people s republic of china': 'CN',
  'burma': 'MM',
  'cabo verde': 'CV',
  'cote d ivoire': 'CI',
  'ivory coast': 'CI',
  'congo democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'congo republic of the': 'CG',
  'republic of the congo': 'CG',
  'gambia the': 'GM',
  'the gambia': 'GM',
  'bahamas the': 'BS',
  'the bahamas': 'BS',
  'micronesia federated states of': 'FM',
  'federated states of micronesia': 'FM',
  'holy see vatican city': 'VA',
  'holy see': 'VA',
  'vatican city': 'VA',
  'timor leste': 'TL',
  'east timor': 'TL',
  eswatini: 'SZ',
  turkey: 'TR',
  turkiye: 'TR',
  'west bank': 'PS',
  'gaza strip': 'PS',
  'state of palestine': 'PS',
  palestine: 'PS',
  russia: 'RU',
  iran: 'IR',
  syria: 'SY',
  vietnam: 'VN',
  venezuela: 'VE',
  moldova: 'MD',
  'north macedonia': 'MK',
  'saint martin': 'MF',
  'sint maarten': 'SX',
  curacao: 'CW',
  'virgin islands': 'VI',
  'british virgin islands': 'VG',
  'falkland islands islas malvinas': 'FK',
  'saint helena ascension and tristan da cunha': 'SH',
  'kingdom of the netherlands': 'NL',
  'kingdom of denmark': 'DK',
  'republic of ireland': 'IE',
  laos: 'LA',
  bolivia: 'BO',
  tanzania: 'TZ',
  brunei: 'BN',
  'sao tome and principe': 'ST',
  'saint kitts and nevis': 'KN',
  'saint lucia': 'LC',
  'saint vincent and the grenadines': 'VC',
  'pitcairn islands': 'PN',
  'heard island and mcdonald islands': 'HM',
  'wallis and futuna': 'WF',
  'saint barthelemy': 'BL',
  'saint pierre and miquelon': 'PM',
};

export function isoFromName(name: string): string | null {
  const n = normalizeName(name);
  if (EXTRA[n]) return EXTRA[n];
  const direct = iso.getAlpha2Code(name, 'en');
  if (direct) return direct;
  for (const [code, names] of Object.entries(iso.getNames('en', { select: 'all' }))) {
    const list = Array.isArray(names) ? names : [names];
    if (list.some((x) => normalizeName(x) === n)) return code;
  }
  return null;
}

export function isoFromAlpha3(a3: string): string | null {
  return iso.alpha3ToAlpha2(a3.toUpperCase()) ?? null;
}

export function countryName(iso2: string): string | null {
  const n = iso.getName(iso2, 'en', { select: 'official' });
  return typeof n === 'string' ? n : null;
}

/** Every English name the ISO list gives for a country (for matching source labels to codes). */
export function countryNames(iso2: string): string[] {
  const n = iso.getName(iso2, 'en', { select: 'all' });
  return Array.isArray(n) ? n : n ? [n] : [];
}

export function isIso2(code: string): boolean {
  return /^[A-Z]{2}$/.test(code);
}
