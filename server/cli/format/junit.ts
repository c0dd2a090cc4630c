import { displayPath } from '../../config/errors';
import { publicDocsUrl } from './links';
import type { Formatter } from './types';

// Characters XML 1.0 cannot carry even escaped (controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * JUnit XML for CI test views: one testsuite per linted file, one failing testcase per finding
 * (its type the severity), and one passing testcase for a clean file so it still shows as checked.
 */
export const formatJunit: Formatter = (reports, ctx) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = reports.reduce((n, r) => n + r.messages.length, 0);
  const tests = reports.reduce((n, r) => n + Math.max(1, r.messages.length), 0);
  out.push(`<testsuites name="caolint" tests="${tests}" failures="${failures}" errors="0">`);
  for (const report of reports) {
    const path = xml(displayPath(report.filePath, ctx.cwd));
    const count = report.messages.length;
    out.push(`  <testsuite name="${path}" tests="${Math.max(1, count)}" failures="${count}" errors="0" skipped="0">`);
    if (count === 0) out.push(`    <testcase classname="${path}" name="caolint" />`);
    for (const m of report.messages) {
      const where = `${m.line}:${m.column}`;
      out.push(`    <testcase classname="${path}" name="${xml(`${m.ruleId} ${where}`)}">`);
      const body = `${displayPath(report.filePath, ctx.cwd)}:${where} ${m.severity} ${m.message} (${m.ruleId})\n${publicDocsUrl(m, report)}`;
      out.push(`      <failure type="${m.severity}" message="${xml(m.message)}">${xml(body)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
