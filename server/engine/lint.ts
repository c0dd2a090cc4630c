import { parseMarkdown } from './parse';
import { checkInputLimits, resolveLimits, type InputLimits } from './limits';
import { buildPolicyDocument } from '../model/build';
import { ruleDocsUrl } from './paths';
import { applyDirectives } from './directives';
import { LineIndex } from '../model/lines';
import { fill } from './localize';
import { splitsSurrogatePair, withLineEnding } from './applyEdits';
import type { ResolvedConfig } from '../config/types';
import type { Finding, Fix, Locale, Rule, RuleOptions, RuleSet, Severity } from './types';
import type { PolicyDocument, ScopeGap } from '../model/types';
import { outlineOf } from '../set/outline';
import { joinSet, resolveInSet, type SetInput } from '../set/resolve';

export interface LintOptions {
  locale?: Locale;
  config?: ResolvedConfig;
  /** The rules to run: the catalogue (rules/index.ts) is chosen by the face that calls, never imported here. */
  rules: readonly Rule[];
  /** Input limits instead of the configured ones (docs/configuration.md). */
  limits?: Partial<InputLimits>;
  /** The other files of the cao this text is one file of (server/set/): its references resolve across them. */
  set?: SetInput;
  /** A model already built of exactly this text (the CLI modelled it for the outline another file of its set needed); used only when its text is this text. */
  model?: PolicyDocument;
  /**
   * Builds the model instead of one parse and one build: the language server's incremental model of
   * the document (engine/incremental/incrementalModel.ts), which makes the same document.
   */
  modelBuilder?: { build(text: string): PolicyDocument };
}

export interface LintResult {
  doc: PolicyDocument;
  findings: Finding[];
  lines: LineIndex;
  /** Rules that threw on this text: their verdict is unknown (what they reported before throwing is kept). */
  crashes: RuleCrash[];
  /** Ids of the rules that ran on this text (enabled by the configuration). */
  ran: ReadonlySet<string>;
  /** Ids of the rules that found their subject in this text (they called `applies` or reported), before inline directives. */
  applicable: ReadonlySet<string>;
  /** Ids of the rules that reported, before inline directives (a finding switched off in the text is still reported here). */
  reported: ReadonlySet<string>;
}

/** A rule that threw while checking a document. */
export interface RuleCrash {
  rule: Rule;
  /** The exception's message (one line for a report). */
  reason: string;
  /** The exception's stack, for a log. */
  detail: string;
}

/**
 * Runs one rule in isolation: an exception in a rule is recorded as a crash and the other rules
 * still run, in every face (the CLI reports it as a finding, the language server as a diagnostic and
 * a log line). A model that throws is not a rule's fault and still throws out of `lintText`.
 */
function runGuarded(rule: Rule, run: () => void, crashes: RuleCrash[]): void {
  try {
    run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    crashes.push({ rule, reason, detail: error instanceof Error ? (error.stack ?? reason) : reason });
  }
}

const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Effective options of a rule: its declared defaults overlaid with the configured values. A number
 * is kept within the option's minimum and maximum, and one that is not a finite number falls back to
 * the default, as does a boolean or string option given a value of another type or outside its enum:
 * config files are validated, but editor settings reach here unchecked, and rules written with
 * defineRule rely on every option having its declared type.
 */
export function ruleOptions(rule: Rule, configured: RuleOptions | undefined): RuleOptions {
  const options: RuleOptions = {};
  for (const [name, spec] of Object.entries(rule.meta.options)) options[name] = spec.default;
  const merged: RuleOptions = { ...options, ...(configured ?? {}) };
  for (const [name, spec] of Object.entries(rule.meta.options)) {
    if (spec.type === 'boolean' || spec.type === 'string') {
      const value = merged[name];
      if (typeof value !== spec.type || (spec.enum && !spec.enum.includes(value as string))) merged[name] = spec.default;
      continue;
    }
    const value = merged[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      merged[name] = spec.default;
      continue;
    }
    let bounded = value;
    if (spec.minimum !== undefined) bounded = Math.max(spec.minimum, bounded);
    if (spec.maximum !== undefined) bounded = Math.min(spec.maximum, bounded);
    merged[name] = bounded;
  }
  return merged;
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
    nl: 'Dit staat mogelijk in «{target}», dat niet in dit document staat.',
    en: 'This may be in «{target}», which this document does not contain.',
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

const RULE_CRASHED = { nl: 'Regel {rule} is vastgelopen: {reason}', en: 'Rule {rule} crashed: {reason}' };

/**
 * A finding per crashed rule, at the start of the text: the rule's verdict on this text is unknown.
 * Both faces show crashes this way (the CLI outside directives, before the other findings).
 */
export function crashFindings(crashes: readonly RuleCrash[], locale: Locale): Finding[] {
  const seen = new Set<string>();
  return crashes
    .filter((c) => !seen.has(c.rule.meta.id) && seen.add(c.rule.meta.id))
    .map((c) => ({
      ruleId: c.rule.meta.id,
      severity: 'error' as const,
      message: fill(RULE_CRASHED, locale, { rule: c.rule.meta.id, reason: c.reason }),
      range: { start: 0, end: 0 },
      intervention: c.rule.meta.intervention,
      docs: ruleDocsUrl(c.rule.meta.id),
      fixes: [],
    }));
}

/**
 * Ranges as a user may see and edit them: a finding never starts or ends inside a surrogate pair
 * (it is widened to the whole character), and a fix whose edit would cut one is dropped (when that
 * was the preferred fix, what remains is offered, not applied unasked).
 */
function wholeCharacters(text: string, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    let { start, end } = finding.range;
    if (splitsSurrogatePair(text, start)) start--;
    if (splitsSurrogatePair(text, end)) end++;
    const fixes = finding.fixes.filter((fix) => fix.edits.every((e) => !splitsSurrogatePair(text, e.range.start) && !splitsSurrogatePair(text, e.range.end)));
    if (start === finding.range.start && end === finding.range.end && fixes.length === finding.fixes.length) return finding;
    return { ...finding, range: { start, end }, fixes };
  });
}

/** The set as rules see it: this text's outline joined with the others', indexed once per lint. */
function ruleSet(input: SetInput, doc: PolicyDocument): RuleSet {
  const index = joinSet(input, outlineOf(input.self, doc));
  return { size: index.files.length, resolve: (ref) => resolveInSet(index, input.self, ref) };
}

/**
 * Lints one document version: one parse, one model, every enabled rule, then inline directives.
 * A byte-order mark left at the start of the text (a client that sends it, a file with two) is
 * counted in every offset by the parser (engine/parse.ts), so ranges keep their place and length.
 * Throws InputLimitError (server/engine/limits.ts), before parsing, for a document over the input limits.
 */
export function lintText(text: string, options: LintOptions): LintResult {
  const locale = options.locale ?? options.config?.locale ?? 'nl';
  checkInputLimits(text, resolveLimits({ ...options.config?.limits, ...options.limits }));
  const doc =
    options.model?.text === text ? options.model : options.modelBuilder ? options.modelBuilder.build(text) : buildPolicyDocument(text, parseMarkdown(text));
  const lines = doc.lines;
  const findings: Finding[] = [];
  const crashes: RuleCrash[] = [];
  const ran = new Set<string>();
  const applicable = new Set<string>();
  const reported = new Set<string>();
  const set = options.set ? ruleSet(options.set, doc) : undefined;
  for (const rule of options.rules) {
    const setting = options.config?.rules[rule.meta.id] ?? {};
    if (setting.enabled === false) continue;
    ran.add(rule.meta.id);
    const configuredSeverity = setting.severity ?? rule.meta.defaultSeverity;
    const docs = ruleDocsUrl(rule.meta.id);
    runGuarded(
      rule,
      () =>
        rule.check({
          doc,
          locale,
          options: ruleOptions(rule, setting.options),
          applies() {
            applicable.add(rule.meta.id);
          },
          ...(set ? { set } : {}),
          report(report) {
            applicable.add(rule.meta.id);
            reported.add(rule.meta.id);
            const template = rule.messages[report.messageId];
            if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message '${report.messageId}'`);
            // A rule whose metadata says it has no quick fix must not offer one: the catalogue, the rule
            // pages and SARIF tell users which rules fix, from `meta.fixable`. A rule bug, isolated like any throw.
            if (!rule.meta.fixable && (report.fixes?.length ?? 0) > 0) throw new Error(`rule ${rule.meta.id} offered a fix but its meta.fixable is false`);
            const unknownTitle = (report.fixes ?? []).find((fix) => !rule.messages[fix.titleId]);
            if (unknownTitle) throw new Error(`rule ${rule.meta.id} offered a fix with unknown title '${unknownTitle.titleId}'`);
            // A rule may soften its finding (info for a milder variant) but never raise it above the configuration.
            // A finding about something absent from a visibly incomplete scope is only a possibility.
            const softened = report.incomplete ? 'info' : report.severity;
            const severity = softened && severityRank[softened] < severityRank[configuredSeverity] ? softened : configuredSeverity;
            const fixes: Fix[] = (report.fixes ?? []).map((fix, i) => ({
              title: fill(rule.messages[fix.titleId], locale, fix.data),
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
        }),
      crashes,
    );
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
  return { doc, findings: wholeCharacters(text, applyDirectives(dropRepeats(findings), doc.directives, lines)), lines, crashes, ran, applicable, reported };
}
