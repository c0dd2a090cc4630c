import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../engine/paths';
import type { Locale } from '../engine/types';

export interface RuleHelp {
  text: string;
  markdown: string;
}

/**
 * A rule's page (rules/<id>.md beside its module) in one language: the Dutch part before
 * `## English`, or the English part with its headings raised one level, without the generator's
 * markers. Relative links (the intervention pages) are made absolute against `pageUrl`, where the
 * reader of the report finds the page, so they work in a code-scanning alert as on the page itself.
 */
export function helpMarkdown(page: string, locale: Locale, pageUrl: string): string {
  const at = page.search(/^## English[ \t]*$/m);
  let part =
    at < 0
      ? page
      : locale === 'en'
        ? page
            .slice(at)
            .replace(/^## English[ \t]*\r?\n/, '')
            .replace(/^###/gm, '##')
        : page.slice(0, at);
  // The markers around the sections generated from the rule's meta (scripts/rule-pages.ts) are for
  // the generator, not for a reader of the alert.
  part = part.replace(/^<!-- \/?generated:[a-z-]+ -->[ \t]*\r?\n/gm, '');
  part = part.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => (/^[a-z][a-z0-9+.-]*:|^#/i.test(target) ? whole : `](${new URL(target, pageUrl).href})`));
  return `${part.trim()}\n`;
}

/** Markdown reduced to what plain text can carry: links as "label (url)", no emphasis, headings or fences. */
export function markdownToText(markdown: string): string {
  return `${markdown
    .replace(/^```.*$/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Help for a rule from its bundled page, or null for a rule without one (a test rule). */
export function ruleHelp(ruleId: string, locale: Locale, pageUrl: string): RuleHelp | null {
  const file = join(packageRoot(), 'rules', `${ruleId}.md`);
  if (!existsSync(file)) return null;
  const markdown = helpMarkdown(readFileSync(file, 'utf8'), locale, pageUrl);
  return { text: markdownToText(markdown), markdown };
}
