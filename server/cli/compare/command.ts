import { resolve } from 'node:path';
import { compareDrafts, type DraftVersion } from '../../compare/compare';
import { compareWithInsight, type CompareInsight } from '../../report/compareReport';
import type { ComparedFinding, CompareResult } from '../../compare/types';
import { packageVersion, webRuleDocsUrl } from '../../engine/paths';
import { ConfigError, displayPath } from '../../config/errors';
import { configForDocument } from '../../config/frontMatter';
import { loadConfigForFile } from '../../config/load';
import type { Locale, Rule } from '../../engine/types';
import type { CliOptions } from '../args';
import { deliver, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type DeliveryIo } from '../deliver';
import { isMarkdownPath } from '../files';
import { t } from '../messages';
import { decodeSource, readSource, type Source } from '../readSource';
import { runLocale } from '../runLocale';
import { compareFormatters } from './formats';
import { readAtRevision } from './gitVersion';
import { ct } from '../../report/compareMessages';

/**
 * `caolint compare OLD NEW` and `caolint compare --base <ref> FILE`: reads both versions, lints
 * and compares them (server/compare/), prints the report. Exit code 1 when the new version
 * introduces a finding at error level, 2 when a version cannot be read or configured.
 */

export interface CompareIo extends DeliveryIo {
  color: boolean;
}

/** Thrown (and caught below) when a version cannot be had: the message is said on stderr, exit 2. */
class VersionUnavailable extends Error {}

/** The text of a file on disk, or why not, in words naming the file. */
function textOf(source: Source, path: string, cwd: string, locale: Locale, note: (text: string) => void): string {
  const shown = displayPath(path, cwd);
  if (source.kind === 'binary') throw new VersionUnavailable(t('binary', locale, { path: shown }));
  if (source.kind === 'unreadable')
    throw new VersionUnavailable(t(source.reason === 'ENOENT' ? 'missing' : 'unreadable', locale, { path: shown, reason: source.reason }));
  if (source.invalidUtf8At !== null) note(t('invalidUtf8', locale, { path: shown, offset: source.invalidUtf8At, nofix: '' }));
  return source.text;
}

function fileVersion(path: string, cwd: string, locale: Locale, note: (text: string) => void): string {
  if (!isMarkdownPath(path)) throw new VersionUnavailable(t('notMarkdown', locale, { path: displayPath(path, cwd) }));
  return textOf(readSource(path), path, cwd, locale, note);
}

/** The file's version at `ref`, read from its repository. */
function gitVersion(path: string, ref: string, cwd: string, locale: Locale, note: (text: string) => void): string {
  const shown = displayPath(path, cwd);
  const found = readAtRevision(path, ref);
  switch (found.kind) {
    case 'found':
      return textOf(decodeSource(found.bytes), path, cwd, locale, note);
    case 'no-git':
      throw new VersionUnavailable(ct('noGit', locale, { path: shown, ref }));
    case 'not-a-repository':
      throw new VersionUnavailable(ct('notRepository', locale, { path: shown, ref }));
    case 'unknown-ref':
      throw new VersionUnavailable(ct('unknownRef', locale, { path: shown, ref }));
    case 'missing-at-ref':
      throw new VersionUnavailable(ct('missingAtRef', locale, { path: shown, ref, gitPath: found.path }));
  }
}

/** With `docsBaseUrl` configured, every finding links there instead of the page bundled with caolint, as in the lint report. */
function withDocsBase(result: CompareResult, docsBaseUrl: string | undefined): CompareResult {
  if (!docsBaseUrl) return result;
  const relink = (f: ComparedFinding): ComparedFinding => ({ ...f, docs: webRuleDocsUrl(f.ruleId, docsBaseUrl) });
  return {
    ...result,
    provisions: result.provisions.map((p) => ({
      ...p,
      resolved: p.resolved.map(relink),
      introduced: p.introduced.map(relink),
      open: p.open.map((pair) => ({ before: relink(pair.before), after: relink(pair.after) })),
    })),
  };
}

export function compare(options: CliOptions, io: CompareIo, rules: readonly Rule[]): number {
  const note = (text: string): void => io.stderr(`caolint: ${text}\n`);
  const paths = options.targets.map((target) => resolve(io.cwd, target));
  const newPath = paths[paths.length - 1];
  const oldPath = paths[0];
  const locale = runLocale(options, io.cwd, rules, newPath);
  const configFile = options.config === undefined ? undefined : resolve(io.cwd, options.config);
  // Each version is linted with the configuration of its own path and its own front matter, as the lint would.
  const version = (path: string, text: string, ref?: string): DraftVersion => ({
    text,
    filePath: path,
    ref,
    config: configForDocument(loadConfigForFile(path, { configFile, rules, roots: [io.cwd] }), text, path, rules),
  });

  let before: DraftVersion;
  let after: DraftVersion;
  try {
    const newText = fileVersion(newPath, io.cwd, locale, note);
    before =
      options.base === undefined
        ? version(oldPath, fileVersion(oldPath, io.cwd, locale, note))
        : version(newPath, gitVersion(newPath, options.base, io.cwd, locale, note), options.base);
    after = version(newPath, newText);
  } catch (error) {
    if (error instanceof VersionUnavailable) note(error.message);
    else if (error instanceof ConfigError) note(error.messageIn(locale, io.cwd));
    else throw error;
    return EXIT_USAGE;
  }

  // Only the HTML report needs more of the two lints than the result holds.
  let compared: { result: CompareResult; insight?: CompareInsight };
  if (options.compareFormat === 'html') compared = compareWithInsight(before, after, { locale, rules });
  else compared = { result: compareDrafts(before, after, { locale, rules }) };
  const result = withDocsBase(compared.result, after.config?.docsBaseUrl);
  const output = compareFormatters[options.compareFormat](result, {
    cwd: io.cwd,
    locale,
    color: options.color ?? (options.outputFile === undefined ? io.color : false),
    docsBaseUrl: after.config?.docsBaseUrl,
    version: packageVersion(),
    rules,
    insight: compared.insight,
  });
  if (!deliver(output, options, io, locale)) return EXIT_USAGE;
  return result.totals.introducedErrors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
