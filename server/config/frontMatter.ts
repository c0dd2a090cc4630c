import { allRules } from '../../rules/index';
import type { Rule } from '../engine/types';
import { ConfigError } from './errors';
import { mergeConfig, toResolved } from './load';
import { configText } from './messages';
import { parseYaml } from './parseFile';
import { MAX_FRONT_MATTER_CHARS } from './readLimited';
import type { ResolvedConfig } from './types';
import { validateConfig } from './validate';

/**
 * The raw YAML front matter of a Markdown text (between a leading `---` line and the next `---`
 * line), the same block remark-frontmatter reads; null when there is none.
 */
export function extractFrontMatter(text: string): string | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(body);
  if (!open) return null;
  const close = /^---[ \t]*\r?$/m;
  const rest = body.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) return null;
  return rest.slice(0, end.index).replace(/(?:\r\n|\r|\n)$/, '');
}

/**
 * Overrides from the `caolint:` key of a document's front matter, or null. Front matter that is
 * not YAML is left alone unless it visibly tries to configure caolint. Throws ConfigError naming
 * `file` and the key path (`caolint.rules...`).
 */
export function frontMatterConfig(frontMatter: string | null, file: string, rules: readonly Rule[] = allRules): ResolvedConfig | null {
  if (frontMatter === null || !/^caolint\s*:/m.test(frontMatter)) return null;
  if (frontMatter.length > MAX_FRONT_MATTER_CHARS) {
    throw new ConfigError({ file, keyPath: 'caolint' }, configText('frontMatterTooLarge', { length: frontMatter.length, max: MAX_FRONT_MATTER_CHARS }));
  }
  const data = parseYaml(frontMatter, file);
  if (typeof data !== 'object' || data === null || !('caolint' in data)) return null;
  const value = (data as { caolint: unknown }).caolint;
  if (value === null || value === undefined) return null;
  const content = validateConfig(value, rules, file, 'caolint');
  // A set belongs to all its files alike: one file cannot declare itself part of a cao the others do not know of.
  const fileOnly = (['extends', 'root', 'set'] as const).find((key) => content[key] !== undefined);
  if (fileOnly) throw new ConfigError({ file, keyPath: 'caolint' }, configText('frontMatterOnlyInFiles', { key: fileOnly }));
  return toResolved(content);
}

/** A file's configuration with its front matter applied on top (front matter wins). */
export function configForDocument(base: ResolvedConfig, text: string, file: string, rules: readonly Rule[] = allRules): ResolvedConfig {
  const overrides = frontMatterConfig(extractFrontMatter(text), file, rules);
  return overrides ? mergeConfig(base, overrides) : base;
}
