import type { Locale, Localized } from './types';

/** Picks the locale's text and fills its `{placeholders}` from `data`; unknown placeholders stay visible. */
export function fill(template: Localized, locale: Locale, data: Record<string, string | number> = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
