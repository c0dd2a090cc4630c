import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintText } from '../../server/engine/lint';
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

export function hasCorpus(): boolean {
  return existsSync(join(corpusFolder(), 'labels.json'));
}

interface Source {
  lang: 'nl' | 'en';
}

/** Lints every labelled document of the language once and scores the given rules. */
export function scoreCorpus(rules: readonly string[], lang: 'nl' | 'en'): RuleScore[] {
  const folder = corpusFolder();
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Record<string, Record<string, Label>>;
  const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8')) as Record<string, Source>;
  const scores = new Map(rules.map((rule) => [rule, { rule, tp: 0, fp: 0, fn: 0, tn: 0, located: 0, precision: 1, recall: 1, errors: [] as string[] }]));
  for (const [file, perRule] of Object.entries(labels)) {
    if (sources[file]?.lang !== lang) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    const { findings } = lintText(text);
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

function overlapsQuote(text: string, findings: Finding[], quote: string): boolean {
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

export function formatScores(scores: RuleScore[], lang: string): string {
  const rows = scores.map(
    (s) =>
      `  ${s.rule.padEnd(28)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn}; ${s.located}/${s.tp} at the labelled place)`,
  );
  return [`corpus (${lang}):`, ...rows].join('\n');
}
