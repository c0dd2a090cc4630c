import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintText } from '../../server/engine/lint';
import { allRules } from '../../rules/index';
import { packageRoot } from '../../server/engine/paths';
import type { Finding } from '../../server/engine/types';

/**
 * Scores the linter against the labelled real-text corpus that sits beside the project
 * (../shared/corpus): per rule, precision and recall of "does the rule fire on this document".
 */

export interface Label {
  label: 'flag' | 'clean' | 'unsure';
  quote: string;
  reason: string;
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Flags whose finding overlaps the labelled quote. */
  located: number;
  precision: number;
  recall: number;
  errors: string[];
}

export function corpusFolder(): string {
  return resolve(packageRoot(), '..', 'shared', 'corpus');
}

export function hasCorpus(folder: string = corpusFolder()): boolean {
  return existsSync(join(folder, 'labels.json'));
}

interface Source {
  lang: 'nl' | 'en';
}

/**
 * Which documents to score: all, or one half of them by the number in the file name (odd or even),
 * so a change can be tuned on one half and checked on the other before its misses are looked at.
 */
export type CorpusHalf = 'all' | 'odd' | 'even';

/** Fewer labelled positives than this and a rule's precision and recall say nothing: reported as n/a. */
export const MIN_POSITIVES = 3;

export function inHalf(file: string, half: CorpusHalf): boolean {
  if (half === 'all') return true;
  const number = Number.parseInt(file, 10);
  return Number.isNaN(number) ? half === 'odd' : (number % 2 === 1) === (half === 'odd');
}

/** What a scored linter reports per document: the rule and where, as caolint's findings carry them. */
export type CorpusLinter = (text: string) => Pick<Finding, 'ruleId' | 'range' | 'message'>[];

export interface ScoreOptions {
  half?: CorpusHalf;
  /** A folder with documents, labels.json and sources.json; the corpus beside the project by default. */
  folder?: string;
  /** What is scored: caolint by default, or a baseline to compare it with. */
  linter?: CorpusLinter;
}

const caolint: CorpusLinter = (text) => lintText(text, { rules: allRules }).findings;

/** Lints every labelled document of the language once and scores the given rules. */
export function scoreCorpus(rules: readonly string[], lang: 'nl' | 'en', options: ScoreOptions = {}): RuleScore[] {
  const { half = 'all', folder = corpusFolder(), linter = caolint } = options;
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Record<string, Record<string, Label>>;
  const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8')) as Record<string, Source>;
  const scores = new Map(rules.map((rule) => [rule, { rule, tp: 0, fp: 0, fn: 0, tn: 0, located: 0, precision: 1, recall: 1, errors: [] as string[] }]));
  for (const [file, perRule] of Object.entries(labels)) {
    if (sources[file]?.lang !== lang || !inHalf(file, half)) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    const findings = linter(text);
    for (const rule of rules) {
      const label = perRule[rule];
      const score = scores.get(rule)!;
      if (!label || label.label === 'unsure') continue;
      const own = findings.filter((f) => f.ruleId === rule);
      if (label.label === 'flag') {
        if (own.length === 0) {
          score.fn++;
          score.errors.push(`missed   ${file}: «${label.quote.slice(0, 70)}»`);
        } else {
          score.tp++;
          if (overlapsQuote(text, own, label.quote)) score.located++;
        }
      } else if (own.length > 0) {
        score.fp++;
        score.errors.push(`false    ${file}:${lineOf(text, own[0].range.start)} ${own[0].message.slice(0, 90)}`);
      } else score.tn++;
    }
  }
  for (const score of scores.values()) {
    score.precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
    score.recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  }
  return [...scores.values()];
}

function overlapsQuote(text: string, findings: Pick<Finding, 'range'>[], quote: string): boolean {
  if (!quote) return false;
  let at = text.indexOf(quote);
  while (at >= 0) {
    const end = at + quote.length;
    if (findings.some((f) => f.range.start < end + 200 && f.range.end > at - 200)) return true;
    at = text.indexOf(quote, at + 1);
  }
  return false;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The harmonic mean of precision and recall. */
export function f1(score: RuleScore): number {
  return score.precision + score.recall === 0 ? 0 : (2 * score.precision * score.recall) / (score.precision + score.recall);
}

/** Whether the rule has enough labelled positives for its precision and recall to mean something. */
export function isScored(score: RuleScore): boolean {
  return score.tp + score.fn >= MIN_POSITIVES;
}

export function formatScores(scores: RuleScore[], lang: string, half: CorpusHalf = 'all'): string {
  const figure = (s: RuleScore, value: number) => (isScored(s) ? value.toFixed(2) : 'n/a ');
  const rows = scores
    .filter((s) => s.tp + s.fp + s.fn + s.tn > 0)
    .map(
      (s) =>
        `  ${s.rule.padEnd(28)} P ${figure(s, s.precision)}  R ${figure(s, s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn}; ${s.located}/${s.tp} at the labelled place)`,
    );
  return [`corpus (${lang}${half === 'all' ? '' : `, ${half} half`}):`, ...rows].join('\n');
}

/** Every miss and false finding, grouped per document. */
export function formatErrorsByDocument(scores: RuleScore[]): string {
  const byDocument = new Map<string, string[]>();
  for (const s of scores) {
    for (const e of s.errors) {
      const [, kind, file, rest] = /^(missed|false)\s+([^:]+):(.*)$/.exec(e) ?? [];
      if (!file) continue;
      const list = byDocument.get(file) ?? [];
      list.push(`    ${kind.padEnd(6)} ${s.rule}:${rest}`);
      byDocument.set(file, list);
    }
  }
  return [...byDocument.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, lines]) => `  ${file}\n${lines.join('\n')}`)
    .join('\n');
}
