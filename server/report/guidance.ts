import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToText } from './ruleHelp';
import { packageRoot } from '../engine/paths';
import type { Locale } from '../engine/types';

/**
 * What the report quotes from the guidance, read from the pages bundled with caolint (never
 * written anew here): a rule's "Waarom" / "Why" section, which gives the guidance's figures and
 * facts behind it, and an intervention's name.
 */

const cache = new Map<string, string | null>();

function page(...parts: string[]): string | null {
  const file = join(packageRoot(), 'rules', ...parts);
  if (!cache.has(file)) cache.set(file, existsSync(file) ? readFileSync(file, 'utf8') : null);
  return cache.get(file) ?? null;
}

/** The Dutch part of a page (before `## English`) or the English part. */
function part(text: string, locale: Locale): string {
  const at = text.search(/^## English[ \t]*$/m);
  if (at < 0) return text;
  return locale === 'en' ? text.slice(at) : text.slice(0, at);
}

/** The body of the section under `heading` (a whole line), up to the next heading of any level. */
export function section(markdown: string, heading: RegExp): string | null {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return null;
  const end = lines.findIndex((line, i) => i > start && /^#{1,6}\s/.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  return body === '' ? null : body;
}

/** Why a rule asks what it asks, in the guidance's figures and facts: its page's "Waarom" (nl) or "Why" (en) section as plain text. */
export function ruleRationale(ruleId: string, locale: Locale): string | null {
  const text = page(`${ruleId}.md`);
  if (text === null) return null;
  const body = section(part(text, locale), locale === 'en' ? /^###\s+Why\s*$/ : /^##\s+Waarom\s*$/);
  // Links in it point at other pages; in a report they are just their words.
  return body === null ? null : markdownToText(body.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')).trim();
}

/** An intervention's name: the heading of its page (nl), or the English summary's opening words (en); the id when the page is missing. */
export function interventionTitle(id: string, locale: Locale): string {
  const text = page('interventions', `${id}.md`);
  const fallback = id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
  if (text === null) return fallback;
  if (locale === 'en') {
    const english = /^## English[ \t]*\r?\n\s*\n?(.+?) \(intervention/m.exec(text);
    if (english) return english[1].trim();
  }
  return /^#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1] ?? fallback;
}
