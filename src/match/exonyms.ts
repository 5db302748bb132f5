// Names of countries in the languages the linker reads, for the name index (matching only: a
// card shows the dataset's own name). From i18n-iso-countries (MIT; its alternates such as "США",
// "U.S.", "UK") and the runtime's CLDR data (Intl.DisplayNames), keyed by ISO 3166-1 alpha-2 code.
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import sr from 'i18n-iso-countries/langs/sr.json' with { type: 'json' };

type Names = { countries: Record<string, string | string[]> };
// Only the languages the linker is meant to read: a neighbour language's name for a country is
// often a word of these ("Малия", Mali in Bulgarian, is a Russian given name).
const LISTS = [en, ru, uk, sr] as unknown as Names[];
const RUSSIAN = ru as unknown as Names;
const CLDR_LOCALES = ['en', 'ru', 'uk', 'sr-Cyrl', 'sr-Latn'];

let displayNames: Intl.DisplayNames[] | null = null;

/** Every name of the country with this alpha-2 code, in English, Russian, Ukrainian and Serbian. */
export function countryExonyms(code: string): string[] {
  if (!/^[A-Z]{2}$/.test(code)) return [];
  const out = new Set<string>();
  const add = (name: string) => {
    for (const n of splitName(name)) out.add(n);
  };
  for (const list of LISTS) {
    const v = list.countries[code];
    if (typeof v === 'string') add(v);
    else if (Array.isArray(v)) v.forEach(add);
  }
  try {
    displayNames ??= CLDR_LOCALES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
    for (const d of displayNames) {
      const n = d.of(code);
      if (n) add(n);
    }
  } catch {
    // A runtime without CLDR region names: the lists above suffice.
  }
  return [...out];
}

/** The country's Russian names (from which Russian acronyms such as "РФ" are formed). */
export function russianCountryNames(code: string): string[] {
  const v = RUSSIAN.countries[code];
  const out: string[] = [];
  for (const name of typeof v === 'string' ? [v] : Array.isArray(v) ? v : []) out.push(...splitName(name));
  if (/^[A-Z]{2}$/.test(code)) {
    try {
      const n = new Intl.DisplayNames(['ru'], { type: 'region', fallback: 'none' }).of(code);
      if (n) out.push(n);
    } catch {
      // no CLDR data
    }
  }
  return out;
}

/**
 * "КНДР (Корейская Народно-Демократическая Республика)": an acronym and its expansion, both names;
 * "Виргинские Острова (США)": a name and a qualifier, which is not a name of this country.
 */
function splitName(name: string): string[] {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  if (!m) return name.trim() ? [name.trim()] : [];
  const main = m[1].trim();
  return /^[\p{Lu}]{2,6}$/u.test(main) ? [main, m[2].trim()] : [main];
}
