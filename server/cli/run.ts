import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allRules } from '../../rules/index';
import { packageRoot } from '../engine/paths';
import type { Locale, Rule } from '../engine/types';
import { HELP, parseCommandLine, UsageError, type CliOptions, type FormatName } from './args';
import { expandTargets } from './files';
import { formatGithub } from './format/github';
import { formatGitlab } from './format/gitlab';
import { formatJson } from './format/json';
import { formatJunit } from './format/junit';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import type { Formatter } from './format/types';
import { lintFile } from './lintFile';
import { t } from './messages';
import type { FileReport } from './report';
import { totals } from './report';
import { formatRuleList } from './rulesCommand';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour when neither --color nor --no-color is given (main passes whether stdout is a colour terminal). */
  color: boolean;
  /** Rule catalogue (tests inject their own). */
  rules?: readonly Rule[];
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const formatters: Record<FormatName, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub, gitlab: formatGitlab, junit: formatJunit };

export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function lint(options: CliOptions, io: CliIo, rules: readonly Rule[]): number {
  const locale: Locale = options.locale ?? 'nl';
  const note = (text: string): void => io.stderr(`caolint: ${text}\n`);
  if (options.targets.length === 0) {
    note(t('noFiles', locale));
    return EXIT_USAGE;
  }
  const { files, missing } = expandTargets(options.targets, io.cwd);
  let usageError = missing.length > 0;
  for (const m of missing) note(t(m.glob ? 'noMatch' : 'missing', locale, { path: m.arg }));

  const reports: FileReport[] = [];
  const seenNotices = new Set<string>();
  let fatal = false;
  let fixesApplied = 0;
  let filesFixed = 0;
  for (const target of files) {
    const outcome = lintFile(target, { cwd: io.cwd, locale: options.locale, configFile: options.config === undefined ? undefined : resolve(io.cwd, options.config), rules, fix: options.fix });
    // A broken config file shared by many files is reported once.
    for (const notice of outcome.notices) if (!seenNotices.has(notice) && seenNotices.add(notice)) note(notice);
    usageError ||= outcome.configError;
    fatal ||= outcome.fatal;
    fixesApplied += outcome.fixesApplied;
    if (outcome.written) filesFixed++;
    if (outcome.report) reports.push(outcome.report);
  }

  const shown = options.quiet ? reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) : reports;
  io.stdout(
    formatters[options.format](shown, {
      cwd: io.cwd,
      locale,
      color: options.color ?? io.color,
      rules,
      version: version(),
      fileCount: reports.length,
      fixesApplied,
      filesFixed,
    }),
  );

  const sum = totals(shown);
  const tooManyWarnings = options.maxWarnings !== undefined && sum.warnings > options.maxWarnings;
  if (tooManyWarnings) note(t('tooManyWarnings', locale, { warnings: sum.warnings, max: options.maxWarnings ?? 0 }));
  if (usageError) return EXIT_USAGE;
  return sum.errors > 0 || tooManyWarnings || fatal ? EXIT_FINDINGS : EXIT_OK;
}

/** The whole CLI as a function: arguments in, exit code out; output through `io`. Never throws for bad input. */
export function runCli(argv: string[], io: CliIo): number {
  const rules = io.rules ?? allRules;
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`caolint: ${error.message}\n${HELP.nl.split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
  const locale: Locale = options.locale ?? 'nl';
  switch (options.command) {
    case 'help':
      io.stdout(HELP[locale]);
      return EXIT_OK;
    case 'version':
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    case 'rules':
      io.stdout(formatRuleList(rules, locale, options.format === 'json' ? 'json' : 'stylish', options.color ?? io.color));
      return EXIT_OK;
    case 'lint':
      return lint(options, io, rules);
  }
}
