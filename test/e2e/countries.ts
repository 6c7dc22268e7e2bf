// The ISO 3166-1 alpha-3 codes the browser tests hold network nodes to (Kosovo's user-assigned codes included).
import { createRequire } from 'node:module';

export function isoCountryCodes(): Set<string> {
  const iso = createRequire(import.meta.url)('i18n-iso-countries') as { getAlpha3Codes(): Record<string, string> };
  return new Set([...Object.keys(iso.getAlpha3Codes()), 'XKX', 'KSV']);
}
