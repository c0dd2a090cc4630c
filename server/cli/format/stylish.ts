import { createColors } from 'picocolors';
import { displayPath } from '../../config/errors';
import { severityWidth, severityWord, t, word } from '../messages';
import { totals } from '../../report/fileReport';
import type { Formatter } from './types';

/** Human-readable report: per file a header, then `line:col  severity  message  rule-id` and the docs link. */
export const formatStylish: Formatter = (reports, ctx) => {
  const c = createColors(ctx.color);
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const out: string[] = [];
  const severityColumn = severityWidth(ctx.locale);
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    out.push(c.underline(displayPath(report.filePath, ctx.cwd)));
    const positions = report.messages.map((m) => `${m.line}:${m.column}`);
    const width = Math.max(...positions.map((p) => p.length));
    report.messages.forEach((m, i) => {
      const pos = positions[i].padEnd(width);
      out.push(`  ${c.dim(pos)}  ${paint[m.severity](severityWord(m.severity, ctx.locale).padEnd(severityColumn))}  ${m.message}  ${c.dim(m.ruleId)}`);
      out.push(`  ${' '.repeat(width)}  ${' '.repeat(severityColumn)}  ${c.dim(m.docs)}`);
    });
    out.push('');
  }
  const sum = totals(reports);
  const total = sum.errors + sum.warnings + sum.infos;
  if (ctx.fixesApplied > 0) {
    out.push(
      c.green(
        t('fixed', ctx.locale, {
          count: ctx.fixesApplied,
          fixWord: word('fix', ctx.fixesApplied, ctx.locale),
          files: ctx.filesFixed,
          fileWord: word('file', ctx.filesFixed, ctx.locale),
        }),
      ),
    );
  }
  if (ctx.fileCount === 0) {
    // Nothing was linted (every argument was skipped or failed): no verdict to print.
  } else if (total === 0 && ctx.quietHidden) {
    // "No problems" would be untrue when --quiet hid some: say there are no errors, and what was hidden.
    out.push(c.green(`✔ ${t('cleanQuiet', ctx.locale, { files: ctx.fileCount, fileWord: word('file', ctx.fileCount, ctx.locale), hidden: ctx.quietHidden })}`));
  } else if (total === 0) {
    out.push(c.green(`✔ ${t('clean', ctx.locale, { files: ctx.fileCount, fileWord: word('file', ctx.fileCount, ctx.locale) })}`));
  } else {
    const line = `✖ ${t('problems', ctx.locale, {
      total,
      totalWord: word('problem', total, ctx.locale),
      errors: sum.errors,
      errorWord: word('error', sum.errors, ctx.locale),
      warnings: sum.warnings,
      warningWord: word('warning', sum.warnings, ctx.locale),
      infos: sum.infos,
    })}${ctx.quietHidden ? `; ${ctx.quietHidden}` : ''}`;
    out.push(sum.errors > 0 ? c.bold(c.red(line)) : c.bold(c.yellow(line)));
  }
  return `${out.join('\n')}\n`;
};
