/**
 * The benchmark's worker, bundled with esbuild like the CLI and started fresh for every measurement,
 * so each run starts cold and its peak memory is its own.
 *
 *   parse-cli <files...>     parse only, as a command-line tool would (timed from outside, startup included)
 *   inproc-lint <files...>   lintText per file, timed inside (startup excluded)
 *   inproc-parse <files...>  unified + remark-parse + gfm + frontmatter per file, timed inside
 *   stages <files...>        caolint's stages timed apart: parse, model, each rule
 *
 * In-process modes warm up on a small slice first, as a long-running language server would be,
 * and print one JSON line with their timings and the process's peak RSS.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { lintText, ruleOptions } from '../../server/engine/lint';
import { parseMarkdown } from '../../server/engine/parse';
import { buildPolicyDocument } from '../../server/model/build';
import { allRules } from '../../rules/index';

export interface InprocResult {
  ms: number;
  /** CPU time of the timed work (user + system, all threads), in ms. */
  cpuMs: number;
  perFileMs: number[];
  findings: number;
  maxRssKiB: number;
}

export interface StagesResult {
  /** CPU time of all the timed work (user + system), in ms; less disturbed by a busy machine than wall time. */
  cpuMs: number;
  parseMs: number;
  modelMs: number;
  rulesMs: number;
  /** CPU time of each stage (user + system), in ms. */
  parseCpuMs: number;
  modelCpuMs: number;
  rulesCpuMs: number;
  perRuleMs: Record<string, number>;
  findings: number;
  sentences: number;
  facts: number;
  maxRssKiB: number;
}

// The same plugins the engine uses, set up here on their own so "parse alone" owes nothing to caolint.
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

const WARM_UP_CHARS = 32 * 1024;

function warmUpSlice(text: string): string {
  const at = text.indexOf('\n\n', WARM_UP_CHARS);
  return at === -1 ? text : text.slice(0, at + 2);
}

function timeEach(texts: string[], work: (text: string) => number): InprocResult {
  work(warmUpSlice(texts[0]));
  const perFileMs: number[] = [];
  let findings = 0;
  const cpu = process.cpuUsage();
  for (const text of texts) {
    const start = performance.now();
    findings += work(text);
    perFileMs.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  return {
    ms: perFileMs.reduce((a, b) => a + b, 0),
    cpuMs: (used.user + used.system) / 1000,
    perFileMs,
    findings,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function stages(texts: string[]): StagesResult {
  const result: StagesResult = {
    cpuMs: 0,
    parseMs: 0,
    modelMs: 0,
    rulesMs: 0,
    parseCpuMs: 0,
    modelCpuMs: 0,
    rulesCpuMs: 0,
    perRuleMs: {},
    findings: 0,
    sentences: 0,
    facts: 0,
    maxRssKiB: 0,
  };
  const run = (text: string, record: boolean): void => {
    const cpu0 = cpuMs();
    const start = performance.now();
    const tree = parseMarkdown(text);
    const parsed = performance.now();
    const cpu1 = cpuMs();
    const doc = buildPolicyDocument(text, tree);
    const modelled = performance.now();
    const cpu2 = cpuMs();
    let found = 0;
    for (const rule of allRules) {
      const before = performance.now();
      rule.check({ doc, locale: 'nl', options: ruleOptions(rule, undefined), report: () => void found++, applies: () => {} });
      if (record) result.perRuleMs[rule.meta.id] = (result.perRuleMs[rule.meta.id] ?? 0) + performance.now() - before;
    }
    if (!record) return;
    result.parseCpuMs += cpu1 - cpu0;
    result.modelCpuMs += cpu2 - cpu1;
    result.rulesCpuMs += cpuMs() - cpu2;
    result.parseMs += parsed - start;
    result.modelMs += modelled - parsed;
    result.findings += found;
    result.sentences += doc.sentences.length;
    result.facts += doc.facts.length;
  };
  run(warmUpSlice(texts[0]), false);
  const cpu = process.cpuUsage();
  for (const text of texts) run(text, true);
  const used = process.cpuUsage(cpu);
  result.cpuMs = (used.user + used.system) / 1000;
  result.rulesMs = Object.values(result.perRuleMs).reduce((a, b) => a + b, 0);
  result.maxRssKiB = process.resourceUsage().maxRSS;
  return result;
}

function main(argv: string[]): void {
  const [mode, ...files] = argv;
  if (!mode || files.length === 0) throw new Error('usage: runner <mode> <files...>');
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  let out: unknown;
  switch (mode) {
    case 'parse-cli':
      out = { files: texts.length, topLevelNodes: texts.reduce((n, t) => n + remark.parse(t).children.length, 0) };
      break;
    case 'inproc-lint':
      out = timeEach(texts, (t) => lintText(t, { rules: allRules }).findings.length);
      break;
    case 'inproc-parse':
      out = timeEach(texts, (t) => {
        remark.parse(t);
        return 0;
      });
      break;
    case 'stages':
      out = stages(texts);
      break;
    default:
      throw new Error(`unknown mode ${mode}`);
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main(process.argv.slice(2));
