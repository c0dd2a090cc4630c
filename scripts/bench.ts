/**
 * `npm run bench`: caolint against markdownlint-cli2 and against parsing alone, on the three
 * full-length corpus texts repeated to the requested size (default 5 MiB). Child processes are
 * compared with child processes (startup included), in-process work with in-process work.
 * See docs/performance.md for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, UsageError, type BenchOptions } from './bench/args';
import { bundleRunner } from './bench/bundle';
import { buildInputs, type BenchInputs } from './bench/inputs';
import { chooseRssProbe, runNode, tail, type RssProbe } from './bench/spawn';
import { benchLsp, percentile, type LspBenchResult } from './bench/lsp';
import { fmtMs, fmtNum, median, MiB, table, throughput } from './bench/stats';
import { caolintCli, caolintInproc, markdownlintCli2, remarkCli, remarkInproc, type Sample, type Tool, type ToolPaths } from './bench/tools';
import type { StagesResult } from './bench/runner';

/** Below this a stage's growth is measurement noise on this kind of machine. */
const MIN_JUDGED_MS = 200;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Series {
  tool: Tool;
  samples: Sample[];
  error: string | null;
}

interface Context {
  workDir: string;
  probe: RssProbe;
  failures: string[];
}

function log(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Runs the tools over the same files, round after round, rotating their order to spread the machine's noise. */
async function measure(ctx: Context, name: string, tools: Tool[], files: string[], rounds: number): Promise<Series[]> {
  const series = tools.map((tool): Series => ({ tool, samples: [], error: null }));
  const cwd = dirname(files[0]);
  const relative = files.map((f) => basename(f));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < series.length; k++) {
      const s = series[(k + round) % series.length];
      if (s.error) continue;
      const outBase = join(ctx.workDir, `${name}-${(k + round) % series.length}`);
      const run = await runNode(s.tool.args(relative), { cwd, probe: ctx.probe, outBase, env: s.tool.env });
      const sample = s.tool.read(run, relative);
      if (typeof sample === 'string') {
        s.error = sample;
        ctx.failures.push(`${name}: ${s.tool.label}: ${sample}`);
        log(`  ! ${s.tool.label} failed (${sample})${tail(run.stderrFile) ? `:\n${indent(tail(run.stderrFile))}` : ''}`);
        continue;
      }
      s.samples.push(sample);
      log(`  round ${round + 1}/${rounds}  ${s.tool.label.padEnd(36)} ${fmtMs(sample.ms).padStart(8)} ms  (CPU ${fmtMs(sample.cpuMs)} ms)`);
    }
  }
  return series;
}

function indent(text: string): string {
  return text.replace(/^/gm, '      ');
}

const medianMs = (s: Series | undefined): number => (s && s.samples.length > 0 ? median(s.samples.map((x) => x.ms)) : Number.NaN);
const medianCpu = (s: Series | undefined): number => (s && s.samples.length > 0 ? median(s.samples.map((x) => x.cpuMs)) : Number.NaN);

function resultTable(series: Series[], bytes: number): string {
  return table(
    ['tool', 'mode', 'runs', 'median ms', 'min–max ms', 'MiB/s', 'CPU ms', 'peak RSS MiB', 'findings'],
    series.map((s) => {
      const ms = s.samples.map((x) => x.ms);
      const m = medianMs(s);
      return [
        s.tool.label,
        s.tool.mode,
        String(s.samples.length),
        s.error ? `failed` : fmtMs(m),
        ms.length ? `${fmtMs(Math.min(...ms))}–${fmtMs(Math.max(...ms))}` : 'n/a',
        fmtNum(throughput(bytes, m)),
        fmtMs(medianCpu(s)),
        fmtNum(median(s.samples.map((x) => x.rssKiB / 1024)), 0),
        s.samples[0]?.findings === null || s.samples.length === 0 ? '' : String(s.samples[0].findings),
      ];
    }),
    2,
  );
}

function ratioLine(label: string, numerator: number, denominator: number): string {
  return `  ${label.padEnd(52)} ${fmtNum(numerator / denominator)}x`;
}

/** Wall-time ratio of two series, with the CPU-time ratio beside it (steadier when the machine is busy). */
function seriesRatio(label: string, a: Series | undefined, b: Series | undefined): string {
  return `${ratioLine(label, medianMs(a), medianMs(b))} wall, ${fmtNum(medianCpu(a) / medianCpu(b))}x CPU`;
}

async function runStages(ctx: Context, runner: string, files: string[], name: string): Promise<StagesResult | null> {
  const run = await runNode([runner, 'stages', ...files.map((f) => basename(f))], {
    cwd: dirname(files[0]),
    probe: ctx.probe,
    outBase: join(ctx.workDir, name),
  });
  if (run.code !== 0) {
    ctx.failures.push(`${name}: stages run exit code ${run.code}`);
    log(`  ! stages run failed (exit ${run.code}):\n${indent(tail(run.stderrFile))}`);
    return null;
  }
  return JSON.parse(readFileSync(run.stdoutFile, 'utf8')) as StagesResult;
}

const stageTotal = (r: StagesResult): number => r.parseMs + r.modelMs + r.rulesMs;

function stagesTable(r: StagesResult, bytes: number): string {
  const total = stageTotal(r);
  const row = (name: string, ms: number, cpu: number | null): string[] => [
    name,
    fmtMs(ms),
    `${fmtNum((100 * ms) / total, 1)} %`,
    fmtNum(throughput(bytes, ms)),
    cpu === null ? '' : fmtMs(cpu),
  ];
  const rules = Object.entries(r.perRuleMs).sort((a, b) => b[1] - a[1]);
  return table(
    ['stage', 'ms', 'share', 'MiB/s', 'CPU ms'],
    [
      row('parse (remark: parseMarkdown)', r.parseMs, r.parseCpuMs),
      row('model (buildPolicyDocument)', r.modelMs, r.modelCpuMs),
      row(`rules (${rules.length})`, r.rulesMs, r.rulesCpuMs),
      ...rules.map(([id, ms]) => row(`  ${id}`, ms, null)),
      row('total', total, r.parseCpuMs + r.modelCpuMs + r.rulesCpuMs),
    ],
  );
}

/** The editor section: the language server against markdownlint's full lint and a remark parse, same run. */
function lspReport(r: LspBenchResult): string {
  const mdl = median(r.markdownlintMs);
  const parse = median(r.parseMs);
  const p50 = percentile(r.editMs, 50);
  const p95 = percentile(r.editMs, 95);
  const mib = (kib: number | null): string => (kib === null ? 'n/a' : fmtNum(kib / 1024, 0));
  const rows = [
    ['open -> diagnostics', fmtMs(r.openMs), fmtNum(r.openMs / mdl), fmtNum(r.openMs / parse)],
    [`edit -> diagnostics p50 (${r.editMs.length} edits)`, fmtMs(p50), fmtNum(p50 / mdl), fmtNum(p50 / parse)],
    [`edit -> diagnostics p95 (${r.editMs.length} edits)`, fmtMs(p95), fmtNum(p95 / mdl), fmtNum(p95 / parse)],
    ['markdownlint full lint, in-process (median)', fmtMs(mdl), '1.00', fmtNum(mdl / parse)],
    ['remark parse alone, in-process (median)', fmtMs(parse), fmtNum(parse / mdl), '1.00'],
  ];
  return [
    table(['what', 'ms', 'x markdownlint', 'x remark parse'], rows),
    '',
    '```text',
    `  server peak RSS: ${mib(r.peakAfterOpenKiB)} MiB after open, ${r.memoryEdits > 0 ? `${mib(r.peakAfterEditsKiB)} MiB after ${r.memoryEdits} edits` : 'no typing run'}`,
    `  input: ${fmtNum(r.bytes / 1024, 0)} KiB${r.fallback ? ' (the samples, joined: the corpus is missing; not comparable)' : ''}`,
    '```',
  ].join('\n');
}

function header(options: BenchOptions, inputs: BenchInputs, probe: RssProbe): void {
  log('caolint benchmark');
  log(`  date      ${new Date().toISOString()}`);
  log(`  machine   ${cpus().length} x ${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`);
  log(`  input     ${inputs.source.replace(/\{.*\}/, (names) => names.replace(/_[^,}]*\.md/g, '_*.md'))}`);
  if (inputs.fallbackNote) log(`  NOTE      ${inputs.fallbackNote}`);
  log(`  sizes     ${fmtNum(inputs.bytes / MiB)} MiB total: ${inputs.multi.length} files of ~${fmtNum(options.fileMiB, 1)} MiB, and the same text as one file`);
  log(`  rounds    ${options.rounds} over the file set, ${options.singleRounds} for the single file (command-line tools)`);
  log(`  peak RSS  ${probe.kind === 'gnu-time' ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS of each child'}`);
  log('  Timings on a shared machine are noisy: read the ratios, not the absolute times.');
}

async function main(): Promise<number> {
  const started = performance.now();
  const options = parseBenchArgs(process.argv.slice(2));

  // Measure the current sources: rebuild the CLI bundle, then bundle the worker the same way.
  const build = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const editor = async (): Promise<LspBenchResult | null> => {
    if (options.lspEdits === 0) return null;
    log(`\n== language server (dist/server.cjs over stdio): ${options.lspEdits} edits, ${options.memoryEdits} for memory`);
    return benchLsp(projectRoot, { edits: options.lspEdits, memoryEdits: options.memoryEdits }, (line) => log(line));
  };
  const editorSection = (r: LspBenchResult | null): void => {
    if (!r) return;
    log(`\n## Editor: the language server on ${r.source.replace(/_[^/]*\.md$/, '_*.md')}, same run as markdownlint's full lint\n`);
    log(lspReport(r));
  };
  if (options.lspOnly) {
    log('caolint benchmark: editor section only');
    log(`  date      ${new Date().toISOString()}`);
    log(`  machine   ${cpus().length} x ${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`);
    log('  Timings on a shared machine are noisy: read the ratios, not the absolute times.');
    editorSection(await editor());
    log(`\nbench took ${fmtNum((performance.now() - started) / 1000, 0)} s`);
    return 0;
  }
  const runner = await bundleRunner(projectRoot);
  const paths: ToolPaths = { projectRoot, runner };

  const workDir = mkdtempSync(join(tmpdir(), 'caolint-bench-'));
  const ctx: Context = { workDir, probe: chooseRssProbe(workDir), failures: [] };
  try {
    const inputs = buildInputs(projectRoot, workDir, options.sizeMiB, options.fileMiB);
    // markdownlint-cli2 reads its configuration from the working folder: all default rules on.
    for (const folder of ['multi', 'single']) {
      writeFileSync(join(workDir, folder, '.markdownlint-cli2.jsonc'), '{ "config": { "default": true } }\n');
    }
    header(options, inputs, ctx.probe);

    const cli = caolintCli(paths);
    const cliOneThread = caolintCli(paths, true);
    const mdl = markdownlintCli2(paths);
    const remark = remarkCli(paths);
    const lintIn = caolintInproc(paths);
    const parseIn = remarkInproc(paths);

    log(`\n== ${inputs.multi.length} files, ${fmtNum(inputs.bytes / MiB)} MiB`);
    const multi = await measure(ctx, 'multi', [cli, cliOneThread, mdl, remark, lintIn, parseIn], inputs.multi, options.rounds);

    let single: Series[] = [];
    if (options.singleRounds > 0) {
      log(`\n== one file, ${fmtNum(inputs.bytes / MiB)} MiB`);
      single = await measure(ctx, 'single', [cli, mdl, remark], [inputs.single], options.singleRounds);
    }

    log('\n== caolint stages in-process on the file set');
    const stages = await runStages(ctx, runner, inputs.multi, 'stages');

    log('\n== linearity: one file of 1x, 2x, 4x the same text, in-process');
    const ladder: { factor: number; bytes: number; result: StagesResult }[] = [];
    for (const step of inputs.ladder) {
      const result = await runStages(ctx, runner, [step.file], `ladder-${step.factor}`);
      if (!result) break;
      const bytes = Buffer.byteLength(readFileSync(step.file));
      ladder.push({ factor: step.factor, bytes, result });
      log(`  ${step.factor}x ${fmtNum(bytes / MiB)} MiB: ${fmtMs(stageTotal(result))} ms (CPU ${fmtMs(result.cpuMs)} ms)`);
    }

    const lsp = await editor();

    // ---- report
    const find = (series: Series[], tool: Tool): Series | undefined => series.find((s) => s.tool === tool);
    log(`\n## Results: ${inputs.multi.length} files, ${fmtNum(inputs.bytes / MiB)} MiB, median of ${options.rounds} rounds\n`);
    log(resultTable(multi, inputs.bytes));
    log('\nRatios (lower is better for caolint; CPU time is steadier than wall time on a busy machine):');
    log(seriesRatio('caolint CLI / markdownlint-cli2 (child processes)', find(multi, cli), find(multi, mdl)));
    log(seriesRatio('caolint CLI / remark-parse alone (child processes)', find(multi, cli), find(multi, remark)));
    log(seriesRatio('caolint CLI / caolint CLI in one thread', find(multi, cli), find(multi, cliOneThread)));
    log(seriesRatio('caolint lintText / remark-parse alone (in-process)', find(multi, lintIn), find(multi, parseIn)));

    if (single.length > 0) {
      log(`\n## Results: one file of ${fmtNum(inputs.bytes / MiB)} MiB, median of ${options.singleRounds} round(s)\n`);
      log(resultTable(single, inputs.bytes));
      log('\nRatios:');
      log(seriesRatio('caolint CLI / markdownlint-cli2 (child processes)', find(single, cli), find(single, mdl)));
      log(seriesRatio('caolint CLI / remark-parse alone (child processes)', find(single, cli), find(single, remark)));
      log('\nSame bytes as one file instead of several (1.00x would be linear; above it, the tool slows on big documents):');
      for (const s of single) log(seriesRatio(`${s.tool.label}: one file / files`, s, find(multi, s.tool)));
    }

    if (stages) {
      log(`\n## caolint stages in-process (${inputs.multi.length} files, ${stages.sentences} sentences, ${stages.facts} facts, ${stages.findings} findings)\n`);
      log(stagesTable(stages, inputs.bytes));
    }

    if (ladder.length > 0) {
      log('\n## Linearity (one file, in-process; ratio to 1x should be ~2 and ~4)\n');
      const base = ladder[0].result;
      const flags: string[] = [];
      // Judged on CPU time, which a busy machine disturbs far less than wall time; 30% over linear
      // is beyond the remaining noise, and a stage of a few milliseconds is all noise.
      const ratio = (cpu: number, ofBase: number, factor: number, what: string): string => {
        const r = cpu / ofBase;
        if (factor > 1 && r > factor * 1.3 && ofBase >= MIN_JUDGED_MS / 2 && cpu >= MIN_JUDGED_MS) {
          flags.push(`${what} grows superlinearly: ${fmtNum(r)}x CPU time for ${factor}x text`);
        }
        return factor === 1 ? '1.00' : fmtNum(r);
      };
      const cpuTotal = (r: StagesResult): number => r.parseCpuMs + r.modelCpuMs + r.rulesCpuMs;
      log(
        table(
          ['size', 'MiB', 'parse ms', 'CPU ratio', 'model ms', 'CPU ratio', 'rules ms', 'CPU ratio', 'total ms', 'CPU ratio'],
          ladder.map(({ factor, bytes, result: r }) => [
            `${factor}x`,
            fmtNum(bytes / MiB),
            fmtMs(r.parseMs),
            ratio(r.parseCpuMs, base.parseCpuMs, factor, 'parse (remark)'),
            fmtMs(r.modelMs),
            ratio(r.modelCpuMs, base.modelCpuMs, factor, 'model'),
            fmtMs(r.rulesMs),
            ratio(r.rulesCpuMs, base.rulesCpuMs, factor, 'rules'),
            fmtMs(stageTotal(r)),
            ratio(cpuTotal(r), cpuTotal(base), factor, 'caolint total'),
          ]),
        ),
      );
      log(flags.length ? flags.map((f) => `  SUPERLINEAR: ${f}`).join('\n') : '  no stage grows faster than linear (within 30%).');
      log(`  (ms: wall time; ratios: CPU time; a stage is judged from ${MIN_JUDGED_MS / 2} ms CPU at 1x and ${MIN_JUDGED_MS} ms at its size)`);
    }

    editorSection(lsp);

    log(`\nbench took ${fmtNum((performance.now() - started) / 1000, 0)} s${options.keep ? `; inputs and outputs kept in ${workDir}` : ''}`);
    if (ctx.failures.length > 0) {
      log(`\nFAILED to run:\n${ctx.failures.map((f) => `  ${f}`).join('\n')}`);
      return 1;
    }
    return 0;
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
