import { applyFixesRepeatedly } from '../engine/applyEdits';
import { crashFindings, lintText, type LintResult } from '../engine/lint';
import { InputLimitError, inputLimitText } from '../engine/limits';
import type { Locale, Rule } from '../engine/types';
import { ConfigError, displayPath } from '../config/errors';
import { configForDocument } from '../config/frontMatter';
import { loadConfigForFile } from '../config/load';
import type { Target } from './files';
import { isMarkdownPath } from './files';
import { t } from './messages';
import { encodeSource, readSource, type Source } from './readSource';
import type { FileReport } from '../report/fileReport';
import { toMessages } from '../report/fileReport';
import { withDocsBase } from './format/links';
import { setInputFor } from './setInput';
import { rememberOutline, takeModel } from '../set/diskOutlines';
import { outlineOf } from '../set/outline';
import { documentInsight } from '../report/insight';
import { WriteFileError, writeFileAtomic, type WriterFs } from './writeAtomic';

export interface LintFileContext {
  cwd: string;
  /** The CLI's language (--locale); a config's `locale` applies to rule messages when this is unset. */
  locale?: Locale;
  configFile?: string;
  rules: readonly Rule[];
  fix: boolean;
  /** Work out the fixes like `fix`, but write nothing: the outcome carries the text before and after. */
  dryRun?: boolean;
  /** The text already read (standard input); the file at `target.path` is then neither read nor required to be Markdown. */
  source?: Source;
  /** Replacement file-system calls for the writer (tests simulate a full disk). */
  writerFs?: Partial<WriterFs>;
  /** Keep what the HTML report shows beyond the messages (FileReport.insight). */
  insight?: boolean;
}

export interface FileOutcome {
  /** Null when the file was skipped. */
  report: FileReport | null;
  /** One-line notes for stderr (without the `caolint: ` prefix). */
  notices: string[];
  /** A configuration problem: exit code 2. */
  configError: boolean;
  /** Something went wrong that is not the user's doing (counts as an error). */
  fatal: boolean;
  fixesApplied: number;
  written: boolean;
  /** With `dryRun`: the text as read and as --fix would write it, when they differ. */
  wouldWrite?: { before: string; after: string };
}

/** Why a write failed, in words the user can act on; the system's error code stays visible for searching. */
function writeFailureReason(error: unknown, locale: Locale): string {
  if (error instanceof WriteFileError) {
    const key = ({ readOnly: 'reasonReadOnly', changed: 'reasonChanged', notAFile: 'reasonNotAFile', shortWrite: 'reasonShortWrite' } as const)[error.kind];
    return t(key, locale);
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `${t('reasonNoSpace', locale)}, ${code}`;
  if (code === 'EFBIG') return `${t('reasonTooLarge', locale)}, ${code}`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `${t('reasonReadOnly', locale)}, ${code}`;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Reads, configures, lints and (with --fix) repairs one file. Never throws for bad input. */
export function lintFile(target: Target, ctx: LintFileContext): FileOutcome {
  const cliLocale = ctx.locale ?? 'nl';
  const shown = displayPath(target.path, ctx.cwd);
  const outcome: FileOutcome = { report: null, notices: [], configError: false, fatal: false, fixesApplied: 0, written: false };
  if (!ctx.source && !isMarkdownPath(target.path)) {
    outcome.notices.push(t('notMarkdown', cliLocale, { path: shown }));
    return outcome;
  }
  const source = ctx.source ?? readSource(target.path);
  if (source.kind === 'binary') {
    outcome.notices.push(t('binary', cliLocale, { path: shown }));
    return outcome;
  }
  if (source.kind === 'unreadable') {
    outcome.notices.push(t('unreadable', cliLocale, { path: shown, reason: source.reason }));
    outcome.fatal = true;
    return outcome;
  }
  const canWrite = source.invalidUtf8At === null;
  if (!canWrite) {
    outcome.notices.push(
      t('invalidUtf8', cliLocale, { path: shown, offset: source.invalidUtf8At ?? 0, nofix: ctx.fix || ctx.dryRun ? t('invalidUtf8NoFix', cliLocale) : '' }),
    );
  }

  let config;
  try {
    config = configForDocument(
      loadConfigForFile(target.path, { configFile: ctx.configFile, rules: ctx.rules, roots: [ctx.cwd] }),
      source.text,
      target.path,
      ctx.rules,
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    outcome.notices.push(error.messageIn(cliLocale, ctx.cwd));
    outcome.configError = true;
    return outcome;
  }
  const locale = ctx.locale ?? config.locale ?? 'nl';

  // Each rule runs isolated in the engine (`lintText`): a rule that throws is a crash of this lint.
  const rules = ctx.rules;
  // The most recent lint, so the report after --fix reuses the fix loop's last run of the same text.
  // A holder, not a `let`: the fix loop assigns it inside a callback.
  const last: { text: string | null; result: LintResult | null } = { text: null, result: null };
  // The other files of its cao, when the config makes this file one of a set; read once, whatever --fix does to this one.
  const set = setInputFor(target.path, config, ctx.cwd);
  // The model of this very text, when the set layer built it for another file's outline before this file's turn.
  let model = set && !ctx.source && source.stamp ? takeModel(set.self, source.stamp, source.text) : undefined;
  const lint = (text: string): LintResult => {
    const result = lintText(text, { locale, config, rules, set, ...(model?.text === text ? { model } : {}) });
    model = undefined;
    last.text = text;
    last.result = result;
    return result;
  };

  try {
    let text = source.text;
    if (ctx.dryRun && canWrite) {
      const result = applyFixesRepeatedly(text, (t) => lint(t).findings, { eol: source.eol });
      if (result.text !== text) {
        outcome.wouldWrite = { before: text, after: result.text };
        outcome.fixesApplied = result.applied;
        // The report is what --fix would leave behind.
        text = result.text;
      }
    } else if (ctx.fix && canWrite) {
      const result = applyFixesRepeatedly(text, (t) => lint(t).findings, { eol: source.eol });
      if (result.text !== text) {
        try {
          writeFileAtomic(target.path, encodeSource(result.text, source), { expected: source.stamp ?? undefined, fs: ctx.writerFs });
          text = result.text;
          outcome.fixesApplied = result.applied;
          outcome.written = true;
        } catch (error) {
          outcome.notices.push(t('writeFailed', cliLocale, { path: shown, reason: writeFailureReason(error, cliLocale) }));
          outcome.fatal = true;
        }
      }
    }
    const result = last.text === text && last.result ? last.result : lint(text);
    // The text as it is on disk: the other files of its set can use its outline instead of modelling it again.
    if (set && !ctx.source && !outcome.written && text === source.text && source.stamp)
      rememberOutline(set.self, source.stamp, outlineOf(set.self, result.doc));
    // A rule that threw (the engine isolates each rule) is an error finding in the report and a
    // warning on stderr, where a report written to a file (-o, SARIF in CI) would not show it; the
    // other rules' findings stay.
    const crashed = crashFindings(result.crashes, locale);
    for (const crash of crashed) {
      const reason = result.crashes.find((c) => c.rule.meta.id === crash.ruleId)?.reason ?? '';
      outcome.notices.push(t('ruleCrashed', cliLocale, { path: shown, rule: crash.ruleId, reason }));
    }
    const all = [...crashed, ...result.findings];
    const messages = toMessages(all, result.lines, source.eol);
    outcome.report = withDocsBase(
      { filePath: target.path, messages, ...(ctx.insight ? { insight: documentInsight(result, all, messages) } : {}) },
      config.docsBaseUrl,
    );
  } catch (error) {
    if (error instanceof InputLimitError) {
      // Too large or too deeply nested to parse in reasonable time: said in one line, like a configuration problem (exit 2).
      outcome.notices.push(t('inputLimit', cliLocale, { path: shown, reason: inputLimitText(error, cliLocale) }));
      outcome.configError = true;
      return outcome;
    }
    outcome.notices.push(t('internal', cliLocale, { path: shown, reason: error instanceof Error ? error.message : String(error) }));
    outcome.fatal = true;
  }
  return outcome;
}
