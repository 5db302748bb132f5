// Country names from ISO 3166-1 codes through the runtime's own CLDR data: no table to ship or keep current.
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export function countryName(iso2: string, locale?: string): string {
  try {
    const display = locale ? new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }) : names;
    return display.of(iso2.toUpperCase()) ?? iso2;
  } catch {
    return iso2;
  }
}
