import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allRules } from '../../rules/index';
import { packageVersion } from '../engine/paths';
import type { Locale, Rule } from '../engine/types';
import { ConfigError, displayPath } from '../config/errors';
import { HELP, localeInArgs, parseCommandLine, UsageError, type CliOptions, type FormatName } from './args';
import { compare } from './compare/command';
import { deliver, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './deliver';
import { expandTargets, isIgnored, type Target } from './files';
import { formatGithub } from './format/github';
import { formatGitlab } from './format/gitlab';
import { formatJson } from './format/json';
import { formatHtml } from './format/html';
import { formatJunit } from './format/junit';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import type { Formatter } from './format/types';
import { writeStarterConfig } from './init';
import { lintFile, type FileOutcome, type LintFileContext } from './lintFile';
import { t, usageText, word } from './messages';
import { printConfig } from './printConfig';
import { lintInWorkers, plannedWorkers } from './parallel';
import { progressLine } from './progress';
import { decodeSource, type Source } from './readSource';
import type { FileReport, Totals } from '../report/fileReport';
import { totals } from '../report/fileReport';
import { formatRuleList } from './rulesCommand';
import { configuredLocale, runLocale } from './runLocale';
import { unifiedDiff } from './unifiedDiff';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour when neither --color nor --no-color is given (main passes whether stdout is a colour terminal). */
  color: boolean;
  /** Rule catalogue (tests inject their own). */
  rules?: readonly Rule[];
  /** All of standard input, for `-` / `--stdin` (main reads file descriptor 0; tests pass text). */
  readStdin?: () => Uint8Array;
  /** Whether stderr is a terminal: then long runs show a progress line there. */
  stderrIsTTY?: boolean;
  /**
   * Worker threads for `runCliAsync` (0: lint in the calling thread); by default one per core when
   * there are several files and enough text to pay for starting them (parallel.ts).
   */
  workers?: number;
}

export { EXIT_OK, EXIT_FINDINGS, EXIT_USAGE };

const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
  junit: formatJunit,
  html: formatHtml,
};

export function version(): string {
  return packageVersion();
}

/** What `--quiet` left out, as words ("20 waarschuwingen en 3 info-meldingen"), or null when nothing was hidden. */
export function hiddenText(hidden: Totals, locale: Locale): string | null {
  const parts: string[] = [];
  if (hidden.warnings > 0) parts.push(`${hidden.warnings} ${word('warning', hidden.warnings, locale)}`);
  if (hidden.infos > 0) parts.push(t('hiddenInfos', locale, { count: hidden.infos, infoWord: word('info', hidden.infos, locale) }));
  if (parts.length === 0) return null;
  return t('hiddenByQuiet', locale, { hidden: parts.join(` ${t('and', locale)} `) });
}

/** Standard input as a source, or the reason it cannot be read. */
function readStdinSource(io: CliIo): Source {
  try {
    const bytes = io.readStdin ? io.readStdin() : readFileSync(0);
    return decodeSource(bytes);
  } catch (error) {
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

/**
 * A lint run between finding its files and writing its report: `add` takes each file's outcome in
 * the order of `files` (from this thread or from workers), `finish` writes the report and gives the
 * exit code.
 */
interface LintRun {
  files: Target[];
  context: LintFileContext;
  add: (target: Target, outcome: FileOutcome) => void;
  finish: () => number;
}

/** Finds the files and prepares the run, or returns the exit code of a run that ends before linting. */
function startLint(options: CliOptions, io: CliIo, rules: readonly Rule[]): LintRun | number {
  const note = (text: string): void => io.stderr(`caolint: ${text}\n`);
  if (!options.stdin && options.targets.length === 0) {
    note(t('noFiles', runLocale(options, io.cwd, rules)));
    return EXIT_USAGE;
  }
  const configFile = options.config === undefined ? undefined : resolve(io.cwd, options.config);

  // Standard input is one draft, taken to live at --stdin-filename (config, ignore file and report
  // name follow that path) or, without it, in the working folder.
  let files: Target[];
  let missing: Array<{ arg: string; glob: boolean }> = [];
  let stdinSource: Source | undefined;
  if (options.stdin) {
    files = [{ path: resolve(io.cwd, options.stdinFilename ?? '<stdin>'), explicit: true }];
    stdinSource = readStdinSource(io);
  } else {
    ({ files, missing } = expandTargets(options.targets, io.cwd));
  }
  const locale = runLocale(options, io.cwd, rules, files[0]?.path);

  let usageError = missing.length > 0;
  for (const m of missing) note(t(m.glob ? 'noMatch' : 'missing', locale, { path: m.arg }));
  if (stdinSource?.kind === 'unreadable') {
    note(t('stdinUnreadable', locale, { reason: stdinSource.reason }));
    return EXIT_USAGE;
  }
  // A named file is always linted, but text piped in under a name .caolintignore excludes is not:
  // editors and hooks pipe every file they touch and rely on the ignore file (as with ESLint).
  if (options.stdin && options.stdinFilename !== undefined && isIgnored(files[0].path, io.cwd)) {
    note(t('ignoredStdin', locale, { path: displayPath(files[0].path, io.cwd) }));
    files = [];
  }

  const context: LintFileContext = {
    cwd: io.cwd,
    locale,
    configFile,
    rules,
    fix: options.fix,
    dryRun: options.fixDryRun,
    source: stdinSource,
    insight: options.format === 'html',
  };
  const reports: FileReport[] = [];
  const diffs: string[] = [];
  const seenNotices = new Set<string>();
  let fatal = false;
  let fixesApplied = 0;
  let filesFixed = 0;
  let linted = 0;
  const progress = progressLine(files.length, io.stderrIsTTY ?? false, io.stderr, locale);
  const add = (target: Target, outcome: FileOutcome): void => {
    progress.update(++linted);
    // A broken config file shared by many files is reported once.
    for (const notice of outcome.notices) {
      if (seenNotices.has(notice)) continue;
      seenNotices.add(notice);
      progress.done();
      note(notice);
    }
    usageError ||= outcome.configError;
    fatal ||= outcome.fatal;
    fixesApplied += outcome.fixesApplied;
    if (outcome.written || outcome.wouldWrite) filesFixed++;
    if (outcome.wouldWrite) diffs.push(unifiedDiff(displayPath(target.path, io.cwd), outcome.wouldWrite.before, outcome.wouldWrite.after));
    if (outcome.report) reports.push(outcome.report);
  };

  const finish = (): number => {
    progress.done();

    const shown = options.quiet ? reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) : reports;
    const all = totals(reports);
    const sum = totals(shown);
    const hidden = options.quiet ? hiddenText({ errors: 0, warnings: all.warnings - sum.warnings, infos: all.infos - sum.infos }, locale) : null;

    let output: string;
    if (options.fixDryRun) {
      // The diff is the output (for `git apply` / `patch -p1`); what it amounts to is said on stderr.
      output = diffs.join('');
      note(
        fixesApplied === 0
          ? t('dryRunNothing', locale)
          : t('dryRunSummary', locale, {
              would: word('would', fixesApplied, locale),
              count: fixesApplied,
              fixWord: word('fix', fixesApplied, locale),
              files: filesFixed,
              fileWord: word('file', filesFixed, locale),
            }),
      );
      if (hidden) note(hidden);
    } else {
      output = formatters[options.format](shown, {
        cwd: io.cwd,
        locale,
        color: options.color ?? (options.outputFile === undefined ? io.color : false),
        rules,
        version: version(),
        fileCount: reports.length,
        fixesApplied,
        filesFixed,
        ...(options.format === 'stylish' && hidden ? { quietHidden: hidden } : {}),
      });
      // The human report says it in its summary; machine formats keep stdout clean, so it goes to stderr.
      if (hidden && options.format !== 'stylish') note(hidden);
    }
    const delivered = deliver(output, options, io, locale);

    const tooManyWarnings = options.maxWarnings !== undefined && sum.warnings > options.maxWarnings;
    if (tooManyWarnings) note(t('tooManyWarnings', locale, { warnings: sum.warnings, max: options.maxWarnings ?? 0 }));
    if (usageError || !delivered) return EXIT_USAGE;
    return sum.errors > 0 || tooManyWarnings || fatal ? EXIT_FINDINGS : EXIT_OK;
  };
  return { files, context, add, finish };
}

function lint(options: CliOptions, io: CliIo, rules: readonly Rule[]): number {
  const run = startLint(options, io, rules);
  if (typeof run === 'number') return run;
  for (const target of run.files) run.add(target, lintFile(target, run.context));
  return run.finish();
}

/**
 * A lint as `caolint` runs it: like `lint`, but the files go to worker threads (parallel.ts) when
 * there are several and enough text to pay for starting them. Only with the standard rules (test
 * rules are functions, which cannot be sent to a thread) and never for standard input.
 */
async function lintParallel(options: CliOptions, io: CliIo, rules: readonly Rule[]): Promise<number> {
  const run = startLint(options, io, rules);
  if (typeof run === 'number') return run;
  const { files, context } = run;
  const workers = io.rules || context.source ? 0 : plannedWorkers(files, io.workers);
  if (workers === 0) {
    for (const target of files) run.add(target, lintFile(target, context));
    return run.finish();
  }
  const shared = {
    cwd: context.cwd,
    locale: context.locale,
    configFile: context.configFile,
    fix: context.fix,
    dryRun: context.dryRun,
    insight: context.insight,
  };
  const cliLocale = context.locale ?? 'nl';
  await lintInWorkers({
    targets: files,
    context: shared,
    workers,
    deliver: (index, outcome) => run.add(files[index], outcome),
    inThread: (target) => lintFile(target, context),
    failed: (target, reason) => ({
      report: null,
      notices: [t('internal', cliLocale, { path: displayPath(target.path, io.cwd), reason })],
      configError: false,
      fatal: true,
      fixesApplied: 0,
      written: false,
    }),
  });
  return run.finish();
}

function init(options: CliOptions, io: CliIo, rules: readonly Rule[]): number {
  const locale = runLocale(options, io.cwd, rules);
  const result = writeStarterConfig(io.cwd, rules, locale);
  const path = displayPath(result.path, io.cwd);
  if (result.kind === 'written') {
    io.stdout(`${t('initWritten', locale, { path })}\n`);
    return EXIT_OK;
  }
  io.stderr(`caolint: ${result.kind === 'exists' ? t('initExists', locale, { path }) : t('initFailed', locale, { path, reason: result.reason })}\n`);
  return EXIT_USAGE;
}

function showConfig(options: CliOptions, io: CliIo, rules: readonly Rule[]): number {
  const file = resolve(io.cwd, options.printConfig ?? '.');
  const locale = runLocale(options, io.cwd, rules, file);
  try {
    const text = printConfig({
      file,
      cwd: io.cwd,
      rules,
      locale: options.locale,
      configFile: options.config === undefined ? undefined : resolve(io.cwd, options.config),
    });
    return deliver(text, options, io, locale) ? EXIT_OK : EXIT_USAGE;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`caolint: ${error.messageIn(locale, io.cwd)}\n`);
    return EXIT_USAGE;
  }
}

/** The language of a usage error: --locale if it can be read from the arguments, else the working folder's config. */
function usageLocale(argv: readonly string[], io: CliIo, rules: readonly Rule[]): Locale {
  return localeInArgs(argv) ?? configuredLocale(join(io.cwd, 'caolint.md'), io.cwd, rules) ?? 'nl';
}

/** The whole CLI as a function: arguments in, exit code out; output through `io`. Never throws for bad input. */
export function runCli(argv: string[], io: CliIo): number {
  const rules = io.rules ?? allRules;
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const locale = usageLocale(argv, io, rules);
    io.stderr(`caolint: ${usageText(error.id, locale, error.data)}\n${HELP[locale].split('\n')[0]}\n${usageText('seeHelp', locale)}\n`);
    return EXIT_USAGE;
  }
  switch (options.command) {
    case 'help':
      io.stdout(HELP[options.locale ?? usageLocale(argv, io, rules)]);
      return EXIT_OK;
    case 'version':
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    case 'rules':
      io.stdout(formatRuleList(rules, runLocale(options, io.cwd, rules), options.format === 'json' ? 'json' : 'stylish', options.color ?? io.color));
      return EXIT_OK;
    case 'init':
      return init(options, io, rules);
    case 'printConfig':
      return showConfig(options, io, rules);
    case 'lint':
      return lint(options, io, rules);
    case 'compare':
      return compare(options, io, rules);
  }
}

/**
 * The CLI as `caolint` runs it (main.ts): `runCli`, except that a lint of several files may run in
 * worker threads. The report, its order and the exit code are the same either way.
 */
export async function runCliAsync(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch {
    return runCli(argv, io);
  }
  if (options.command !== 'lint') return runCli(argv, io);
  return lintParallel(options, io, io.rules ?? allRules);
}
