import type { Currency } from '../model/types';
import type { Locale, Localized } from './types';

/** Picks the locale's text and fills its `{placeholders}` from `data`; unknown placeholders stay visible. */
export function fill(template: Localized, locale: Locale, data: Record<string, string | number> = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

const NUMBER_LOCALES: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const CURRENCY_SIGNS: Record<Currency, string> = { EUR: '€ ', USD: '$', GBP: '£' };

/** A number as the user's language writes it ("1,5" / "1.5"), at most two decimals. */
export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(NUMBER_LOCALES[locale], { maximumFractionDigits: 2 });
}

/** A whole amount of money with its sign, as the user's language writes it ("€ 1.000" / "€ 1,000"). */
export function formatMoney(amount: number, currency: Currency, locale: Locale): string {
  return `${CURRENCY_SIGNS[currency]}${Math.round(amount).toLocaleString(NUMBER_LOCALES[locale])}`;
}
