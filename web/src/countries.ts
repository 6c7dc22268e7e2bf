// Which three-letter codes are countries, their names, and their ISO numbers (world-atlas's shape ids), from the bundled i18n-iso-countries.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/** Kosovo: dyad's dictionaries write KSV or XKX; ISO has no code and world-atlas no number. */
const EXTRA: Record<string, string> = { XKX: 'Kosovo', KSV: 'Kosovo' };

/** True for a country's ISO 3166-1 alpha-3 code (TUR), false for agent and organisation codes (MED, IGO, REB). */
export function isCountry(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (countries.alpha3ToAlpha2(code) !== undefined || code in EXTRA);
}

export function countryName(code: string): string {
  return EXTRA[code] ?? countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/** The ISO 3166-1 numeric code of an alpha-3 code, as world-atlas ids its shapes ("792" for TUR). */
export function numericOf(code: string): string | undefined {
  return countries.alpha3ToNumeric(code);
}
