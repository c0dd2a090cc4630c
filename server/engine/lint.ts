import { parseMarkdown } from './parse';
import { checkInputLimits, resolveLimits, type InputLimits } from './limits';
import { buildPolicyDocument } from '../model/build';
import { allRules } from '../../rules/index';
import { ruleDocsUrl } from './paths';
import { applyDirectives } from './directives';
import type { LineIndex } from '../model/lines';
import { fill } from './localize';
import { withLineEnding } from './applyEdits';
import type { ResolvedConfig } from '../config/types';
import type { Finding, Fix, Locale, Rule, RuleOptions, Severity } from './types';
import type { PolicyDocument, ScopeGap } from '../model/types';

export interface LintOptions {
  locale?: Locale;
  config?: ResolvedConfig;
  /** Rules to run instead of the built-in catalogue (tests). */
  rules?: readonly Rule[];
  /** Input limits instead of the configured ones (docs/configuration.md). */
  limits?: Partial<InputLimits>;
}

export interface LintResult {
  doc: PolicyDocument;
  findings: Finding[];
  lines: LineIndex;
}

const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Effective options of a rule: its declared defaults overlaid with the configured values. */
export function ruleOptions(rule: Rule, configured: RuleOptions | undefined): RuleOptions {
  const options: RuleOptions = {};
  for (const [name, spec] of Object.entries(rule.meta.options)) options[name] = spec.default;
  return { ...options, ...(configured ?? {}) };
}

/** The same rule saying the same thing at the same place once is enough (two instruments in one sentence). */
function dropRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}:${f.range.start}:${f.range.end}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const CAVEATS = {
  reference: {
    nl: 'Dit staat mogelijk in {target}, dat niet in dit document staat.',
    en: 'This may be in {target}, which this document does not contain.',
  },
  truncated: {
    nl: 'De tekst breekt hier af; dit staat mogelijk in het deel dat ontbreekt.',
    en: 'The text breaks off here; this may be in the part that is missing.',
  },
};

/** Why a finding about something absent may be wrong: where the missing part could be. */
function caveat(gap: ScopeGap, locale: Locale): string {
  return gap.target === null ? fill(CAVEATS.truncated, locale) : fill(CAVEATS.reference, locale, { target: gap.target });
}

/**
 * Lints one document version: one parse, one model, every enabled rule, then inline directives.
 * Throws InputLimitError (server/engine/limits.ts), before parsing, for a document over the input limits.
 */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const locale = options.locale ?? options.config?.locale ?? 'nl';
  checkInputLimits(text, resolveLimits({ ...options.config?.limits, ...options.limits }));
  const doc = buildPolicyDocument(text, parseMarkdown(text));
  const lines = doc.lines;
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    const setting = options.config?.rules[rule.meta.id] ?? {};
    if (setting.enabled === false) continue;
    const configuredSeverity = setting.severity ?? rule.meta.defaultSeverity;
    const docs = ruleDocsUrl(rule.meta.id);
    rule.check({
      doc,
      locale,
      options: ruleOptions(rule, setting.options),
      report(report) {
        const template = rule.messages[report.messageId];
        if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message '${report.messageId}'`);
        // A rule may soften its finding (info for a milder variant) but never raise it above the configuration.
        // A finding about something absent from a visibly incomplete scope is only a possibility.
        const softened = report.incomplete ? 'info' : report.severity;
        const severity = softened && severityRank[softened] < severityRank[configuredSeverity] ? softened : configuredSeverity;
        const fixes: Fix[] = (report.fixes ?? []).map((fix, i) => ({
          title: fill(rule.messages[fix.titleId] ?? { nl: fix.titleId, en: fix.titleId }, locale, fix.data),
          // Rules write '\n'; a CRLF draft gets its own line ending, in every face alike.
          edits: fix.edits.map((edit) => withLineEnding(edit, lines.eol)),
          preferred: fix.preferred ?? i === 0,
        }));
        findings.push({
          ruleId: rule.meta.id,
          severity,
          message: report.incomplete ? `${fill(template, locale, report.data)} ${caveat(report.incomplete, locale)}` : fill(template, locale, report.data),
          range: report.range,
          intervention: rule.meta.intervention,
          docs,
          fixes,
        });
      },
    });
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
  return { doc, findings: applyDirectives(dropRepeats(findings), doc.directives, lines), lines };
}
