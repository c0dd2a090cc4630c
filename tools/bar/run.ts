/**
 * The robustness bar of issue 14, run through the built CLI as a user runs it: generated drafts
 * are written in batches to a temporary folder, linted with `--format json`, fixed with `--fix` on
 * copies and fixed again; every document is checked against the bar (see docs/reliability.md).
 * The checks decode the files and count lines themselves (LSP rules: `\n`, `\r\n`, `\r`) rather
 * than reuse the project's code, so they can disagree with it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDocument, loadSources, type GeneratedDocument, type Sources } from './generator';

export interface BarOptions {
  root: string;
  docs: number;
  seed: number;
  batchSize: number;
  /** Also run the long-line comparison. */
  longLine: boolean;
  /** Long-line comparison: how many of its variants (all by default), and rounds per variant (3; the median counts). */
  longLineVariants?: number;
  longLineRounds?: number;
  /** Read ../shared/corpus when present. */
  corpus: boolean;
  /** Only these document indices (to replay failures). */
  only?: number[];
  /** Copy every failing document here. */
  keep?: string;
  /** Batches run at the same time (CPU time per batch is measured per process, so it is not inflated by the other). */
  jobs?: number;
  /** Folder for the batches (default: /dev/shm when present, where --fix's fsync costs nothing; else the system's temp folder). */
  tmp?: string;
  log?: (line: string) => void;
}

export interface Failure {
  index: number | null;
  name: string;
  check: string;
  detail: string;
  origin?: string;
  accidents?: string[];
}

export interface BatchTiming {
  batch: number;
  kb: number;
  cpuMs: number;
  wallMs: number;
  msPerKb: number;
  /** CPU of the two --fix runs. */
  fixCpuMs: number;
}

export interface LongLineResult {
  variant: string;
  kb: number;
  cpuMs: number;
  ordinaryCpuMs: number;
  ratio: number;
  /** Ratio after subtracting the CLI's start-up time from both. */
  netRatio: number;
}

export interface BarResult {
  documents: number;
  linted: number;
  skipped: Record<string, number>;
  fixedFiles: number;
  /** Files --fix was run on under a file-size limit (a full disk). */
  diskFullFiles: number;
  failures: Failure[];
  batches: BatchTiming[];
  medianMsPerKb: number;
  slowestBatchRatio: number;
  longLine: LongLineResult[];
  startupCpuMs: number;
  seconds: number;
}

// ---- decoding and positions, as the bar understands the documented behaviour ----

interface Decoded {
  kind: 'text' | 'binary';
  text: string;
  /** Invalid UTF-8 or half a UTF-16 character: linted, never written by --fix. */
  invalid: boolean;
  bom: 'none' | 'utf8' | 'utf16le' | 'utf16be';
}

export function decode(bytes: Buffer): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
    if (!le) even.swap16();
    return { kind: 'text', text: even.toString('utf16le').slice(1), invalid: bytes.length % 2 === 1, bom: le ? 'utf16le' : 'utf16be' };
  }
  if (bytes.includes(0)) return { kind: 'binary', text: '', invalid: true, bom: 'none' };
  let invalid = false;
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    invalid = true;
  }
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\ufeff');
  if (bom) text = text.slice(1);
  return { kind: 'text', text, invalid, bom: bom ? 'utf8' : 'none' };
}

/** Lines as the LSP counts them: start offset and length without the line break. */
export class LspLines {
  readonly starts: number[] = [0];
  readonly lengths: number[] = [];
  constructor(readonly text: string) {
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 13 || c === 10) {
        this.lengths.push(i - this.starts[this.starts.length - 1]);
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        this.starts.push(i);
      } else i++;
    }
    this.lengths.push(text.length - this.starts[this.starts.length - 1]);
  }

  /** Offset of a 1-based line and column, or a reason it is not inside its line. */
  offset(line: number, column: number): number | string {
    if (!Number.isInteger(line) || !Number.isInteger(column)) return `non-integer position ${line}:${column}`;
    if (line < 1 || line > this.starts.length) return `line ${line} outside 1..${this.starts.length}`;
    const length = this.lengths[line - 1];
    if (column < 1 || column - 1 > length) return `column ${column} outside line ${line} (1..${length + 1})`;
    const offset = this.starts[line - 1] + column - 1;
    const before = this.text.charCodeAt(offset - 1);
    const at = this.text.charCodeAt(offset);
    if (before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff) return `${line}:${column} splits a surrogate pair`;
    return offset;
  }
}

interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface Message extends Position {
  ruleId: string;
  severity: string;
  message: string;
  fix?: { title: string; edits: (Position & { text: string })[] };
}

interface FileReport {
  filePath: string;
  messages: Message[];
}

/** Problems with the ranges of one report against the text it describes. */
export function rangeProblems(messages: readonly Message[], lines: LspLines): string[] {
  const problems: string[] = [];
  const span = (p: Position, what: string): [number, number] | null => {
    const start = lines.offset(p.line, p.column);
    const end = lines.offset(p.endLine, p.endColumn);
    if (typeof start === 'string' || typeof end === 'string') {
      problems.push(`${what} ${p.line}:${p.column}-${p.endLine}:${p.endColumn}: ${typeof start === 'string' ? start : end}`);
      return null;
    }
    if (start > end) problems.push(`${what} ${p.line}:${p.column}-${p.endLine}:${p.endColumn} ends before it starts`);
    return [start, end];
  };
  for (const m of messages) {
    span(m, m.ruleId);
    if (!m.fix) continue;
    const edits = m.fix.edits.map((e) => span(e, `${m.ruleId} fix edit`)).filter((s): s is [number, number] => s !== null);
    edits.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < edits.length; i++) if (edits[i][0] < edits[i - 1][1]) problems.push(`${m.ruleId} fix edits overlap`);
  }
  return problems;
}

// ---- running the CLI ----

interface CliRun {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  cpuMs: number;
  wallMs: number;
}

/** Runs the built CLI in `cwd`; `prefix` wraps it (`prlimit --fsize=64 --`). */
function runCli(root: string, cwd: string, args: string[], prefix: string[] = []): Promise<CliRun> {
  const cpuFile = join(cwd, '.cpu');
  rmSync(cpuFile, { force: true });
  const started = process.hrtime.bigint();
  const command = [...prefix, process.execPath, '--require', join(root, 'tools/bar/cpu-hook.cjs'), join(root, 'bin/caolint.cjs'), ...args];
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CAOLINT_BAR_CPU: cpuFile },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
  return new Promise((done) => {
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const cpuMs = existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : wallMs;
      done({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), cpuMs, wallMs });
    });
  });
}

type NoticeKind = 'binary' | 'invalid-utf8' | 'input-limit' | 'internal' | 'write-failed' | 'config';

function noticeKind(text: string): NoticeKind {
  if (/binair bestand overgeslagen|binary file skipped/.test(text)) return 'binary';
  if (/ongeldige UTF-8|invalid UTF-8/.test(text)) return 'invalid-utf8';
  if (/niet gecontroleerd \(|not checked \(/.test(text)) return 'input-limit';
  if (/interne fout|internal error/.test(text)) return 'internal';
  if (/herstel niet opgeslagen|fixes not written/.test(text)) return 'write-failed';
  return 'config';
}

interface ParsedRun {
  reports: Map<string, FileReport>;
  notices: Map<string, NoticeKind[]>;
  /** Output the bar cannot attribute to a document: a crash of the whole run. */
  broken: string | null;
}

function parseRun(run: CliRun, dir: string): ParsedRun {
  const reports = new Map<string, FileReport>();
  const notices = new Map<string, NoticeKind[]>();
  let broken: string | null = null;
  if (run.signal || run.status === null || ![0, 1, 2].includes(run.status)) broken = `exit ${run.status ?? run.signal}`;
  try {
    for (const r of JSON.parse(run.stdout) as FileReport[]) reports.set(r.filePath.slice(dir.length + 1), r);
  } catch {
    broken ??= `no JSON on stdout (${run.stdout.slice(0, 80)})`;
  }
  for (const line of run.stderr.split('\n')) {
    if (line === '') continue;
    const m = /^caolint: (d\d+\.(?:md|markdown)): (.*)$/.exec(line);
    if (!m) {
      if (!/^caolint: /.test(line)) broken ??= `stderr: ${line.slice(0, 160)}`;
      continue;
    }
    const list = notices.get(m[1]) ?? [];
    list.push(noticeKind(m[2]));
    notices.set(m[1], list);
  }
  return { reports, notices, broken };
}

const CRASH = /vastgelopen|crashed/;
const HAS_PRLIMIT = process.platform === 'linux' && spawnSync('prlimit', ['--version']).status === 0;

function eolStyle(text: string): { lf: boolean; crlf: boolean; cr: boolean } {
  return { lf: /(^|[^\r])\n/.test(text), crlf: text.includes('\r\n'), cr: /\r(?!\n)/.test(text) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Lint, fix and fix again one batch; returns failures and the lint run's timing. */
async function runBatch(opts: BarOptions, docs: GeneratedDocument[], dir: string, batch: number, result: BarResult): Promise<BatchTiming> {
  const fail = (doc: GeneratedDocument | null, check: string, detail: string): void => {
    result.failures.push({ index: doc?.index ?? null, name: doc?.name ?? `batch ${batch}`, check, detail, origin: doc?.origin, accidents: doc?.accidents });
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'fix'), { recursive: true });
  writeFileSync(join(dir, '.caolintrc.json'), '{ "root": true }');
  for (const doc of docs) writeFileSync(join(dir, doc.name), doc.bytes);
  const locale = batch % 3 === 2 ? ['--locale', 'en'] : [];
  const lint = await runCli(opts.root, dir, ['--format', 'json', ...locale, ...docs.map((d) => d.name)]);
  const kb = docs.reduce((sum, d) => sum + d.bytes.length, 0) / 1024;
  const timing: BatchTiming = { batch, kb, cpuMs: lint.cpuMs, wallMs: lint.wallMs, msPerKb: lint.cpuMs / kb, fixCpuMs: 0 };
  const parsed = parseRun(lint, dir);
  if (parsed.broken) {
    // Find the documents that break the run on their own.
    let found = false;
    for (const doc of docs) {
      const single = parseRun(await runCli(opts.root, dir, ['--format', 'json', ...locale, doc.name]), dir);
      if (single.broken) {
        fail(doc, 'internal error', single.broken);
        found = true;
      }
    }
    if (!found) fail(null, 'internal error', `${parsed.broken} (no single document reproduces it)`);
    return timing;
  }

  const fixable: GeneratedDocument[] = [];
  const before = new Map<string, Message[]>();
  for (const doc of docs) {
    const decoded = decode(doc.bytes);
    const kinds = parsed.notices.get(doc.name) ?? [];
    if (kinds.includes('internal')) fail(doc, 'internal error', 'the CLI reported an internal error');
    const report = parsed.reports.get(doc.name);
    if (decoded.kind === 'binary') {
      if (report || !kinds.includes('binary')) fail(doc, 'binary', 'a file with NUL bytes was not skipped as binary');
      result.skipped.binary = (result.skipped.binary ?? 0) + 1;
      continue;
    }
    if (!report) {
      const why = kinds.find((k) => k === 'input-limit' || k === 'config');
      if (!why) fail(doc, 'missing report', `no report and no reason (notices: ${kinds.join(', ') || 'none'})`);
      else result.skipped[why] = (result.skipped[why] ?? 0) + 1;
      continue;
    }
    result.linted++;
    if (decoded.invalid !== kinds.includes('invalid-utf8') && decoded.bom !== 'utf16le' && decoded.bom !== 'utf16be') {
      fail(doc, 'encoding', decoded.invalid ? 'invalid UTF-8 not reported' : 'valid UTF-8 reported as invalid');
    }
    for (const m of report.messages) if (CRASH.test(m.message) && m.line === 1 && m.column === 1) fail(doc, 'rule crash', m.message);
    const problems = rangeProblems(report.messages, new LspLines(decoded.text));
    if (problems.length > 0) fail(doc, 'range', problems.slice(0, 3).join('; '));
    before.set(doc.name, report.messages);
    // --fix runs on the documents with a fix offered, and on every tenth other one (it must leave those alone).
    if (!report.messages.some((m) => m.fix) && doc.index % 10 !== 0) continue;
    copyFileSync(join(dir, doc.name), join(dir, 'fix', doc.name));
    fixable.push(doc);
  }
  if (fixable.length === 0) return timing;

  // --fix on copies; the report is what remains after the fixes.
  const fixRun = await runCli(opts.root, join(dir, 'fix'), ['--fix', '--format', 'json', ...locale, ...fixable.map((d) => d.name)]);
  timing.fixCpuMs += fixRun.cpuMs;
  const fixed = parseRun(fixRun, join(dir, 'fix'));
  if (fixed.broken) {
    fail(null, 'internal error', `--fix: ${fixed.broken}`);
    return timing;
  }
  const changed: GeneratedDocument[] = [];
  const fixedBytes = new Map<string, Buffer>();
  for (const doc of fixable) {
    const kinds = fixed.notices.get(doc.name) ?? [];
    if (kinds.includes('internal') || kinds.includes('write-failed')) fail(doc, 'fix', `--fix reported ${kinds.join(', ')}`);
    const bytes = readFileSync(join(dir, 'fix', doc.name));
    const original = decode(doc.bytes);
    const had = before.get(doc.name) ?? [];
    if (bytes.equals(doc.bytes)) {
      if (had.some((m) => m.fix) && !original.invalid) {
        // A fix was offered but nothing was written: the fix must have been given up for a reason the report shows.
        const report = fixed.reports.get(doc.name);
        if (report?.messages.some((m) => m.fix)) fail(doc, 'fix', 'fixes were offered but --fix wrote nothing and still offers them');
      }
      continue;
    }
    result.fixedFiles++;
    changed.push(doc);
    fixedBytes.set(doc.name, bytes);
    if (original.invalid) fail(doc, 'fix', '--fix wrote a file it read with invalid encoding');
    if (!had.some((m) => m.fix)) fail(doc, 'fix', '--fix changed a file no finding offered a fix for');
    const after = decode(bytes);
    if (after.bom !== original.bom) fail(doc, 'fix', `byte-order mark / encoding changed from ${original.bom} to ${after.bom}`);
    if (after.invalid) fail(doc, 'fix', '--fix wrote invalid encoding');
    const was = eolStyle(original.text);
    const now = eolStyle(after.text);
    // A file without any line break has no line ending to keep; the fix may choose one (LF).
    const hadBreaks = was.lf || was.crlf || was.cr;
    if (hadBreaks ? (now.lf && !was.lf) || (now.crlf && !was.crlf) || (now.cr && !was.cr) : [now.lf, now.crlf, now.cr].filter(Boolean).length > 1)
      fail(doc, 'fix', `--fix added a line ending the file did not use (${JSON.stringify(was)} -> ${JSON.stringify(now)})`);
    const report = fixed.reports.get(doc.name);
    if (!report) {
      fail(doc, 'fix', 'no report after --fix');
      continue;
    }
    const problems = rangeProblems(report.messages, new LspLines(after.text));
    if (problems.length > 0) fail(doc, 'range after fix', problems.slice(0, 3).join('; '));
    const still = report.messages.filter((m) => m.fix);
    if (still.length > 0) fail(doc, 'fix converges', `after --fix, ${still.map((m) => m.ruleId).join(', ')} still offer a fix`);
    const count = (ms: readonly Message[]) => {
      const c = new Map<string, number>();
      for (const m of ms) c.set(`${m.ruleId}\u0000${m.message}`, (c.get(`${m.ruleId}\u0000${m.message}`) ?? 0) + 1);
      return c;
    };
    const countAfter = count(report.messages);
    for (const [key, n] of count(had.filter((m) => m.fix))) {
      const all = count(had).get(key) ?? n;
      if ((countAfter.get(key) ?? 0) >= all) fail(doc, 'fix converges', `the fixed finding came back: ${key.replace('\u0000', ': ').slice(0, 200)}`);
    }
  }
  if (changed.length === 0) return timing;

  // A full disk: --fix under a file-size limit (every tenth batch) must leave every original as it was.
  if (batch % 10 === 0 && HAS_PRLIMIT) {
    const full = join(dir, 'full');
    mkdirSync(full);
    for (const doc of changed) writeFileSync(join(full, doc.name), doc.bytes);
    const run = await runCli(opts.root, full, ['--fix', '--format', 'json', ...locale, ...changed.map((d) => d.name)], ['prlimit', '--fsize=64', '--']);
    const parsedFull = parseRun(run, full);
    if (parsedFull.broken) fail(null, 'disk full', `--fix under a file-size limit: ${parsedFull.broken}`);
    else if (run.status !== 1) fail(null, 'disk full', `--fix under a file-size limit exited ${run.status}, not 1`);
    const left = readdirSync(full).filter((f) => f !== '.cpu' && !changed.some((d) => d.name === f));
    if (left.length > 0) fail(null, 'disk full', `files left behind: ${left.join(', ')}`);
    for (const doc of changed) {
      if (!readFileSync(join(full, doc.name)).equals(doc.bytes)) fail(doc, 'disk full', 'the original changed under --fix on a full disk');
      if (!(parsedFull.notices.get(doc.name) ?? []).includes('write-failed')) fail(doc, 'disk full', 'no "fixes not written" notice');
    }
    result.diskFullFiles += changed.length;
  }

  // Fixing twice equals fixing once.
  const againRun = await runCli(opts.root, join(dir, 'fix'), ['--fix', '--format', 'json', ...locale, ...changed.map((d) => d.name)]);
  timing.fixCpuMs += againRun.cpuMs;
  const again = parseRun(againRun, join(dir, 'fix'));
  if (again.broken) fail(null, 'internal error', `second --fix: ${again.broken}`);
  for (const doc of changed) {
    if (!readFileSync(join(dir, 'fix', doc.name)).equals(fixedBytes.get(doc.name)!)) fail(doc, 'fix twice', 'a second --fix changed the file again');
  }
  return timing;
}

// ---- a 100 KB line against ordinary text of the same size ----

function longLineDocs(sources: Sources, kb: number): { ordinary: string; variants: [string, string][] } {
  let ordinary = '';
  for (let i = 0; ordinary.length < kb * 1024; i++) ordinary += `${sources.samples[i % sources.samples.length].text}\n\n`;
  ordinary = ordinary.slice(0, kb * 1024);
  const oneLine = ordinary.replace(/\s*\n\s*/g, ' ');
  const size = oneLine.length;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    ordinary,
    variants: [
      ['paragraphs pasted as one line', oneLine],
      ['one sentence without a full stop', oneLine.replace(/[.!?;:]/g, ',')],
      ['a long URL', `Zie https://www.werkgever.nl/${fill('scholing/ontwikkelbudget-')}`.slice(0, size)],
      ['an inline image (data URI)', `![scan](data:image/png;base64,${fill('iVBORw0KGgoAAAANSUhEUgAA')})`.slice(0, size)],
      ['a table row', `| ${fill('€ 500 per jaar | 12 maanden | ')}`.slice(0, size)],
      ['amounts and periods', fill('Het budget van € 500 vervalt na 12 maanden en ')],
    ],
  };
}

async function longLineComparison(opts: BarOptions, sources: Sources, dir: string, result: BarResult): Promise<void> {
  const copies = 3;
  const rounds = opts.longLineRounds ?? 3;
  const { ordinary, variants: all } = longLineDocs(sources, 100);
  const variants = all.slice(0, opts.longLineVariants ?? all.length);
  const timeOf = async (text: string): Promise<number> => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.caolintrc.json'), '{ "root": true }');
    const names = Array.from({ length: copies }, (_, i) => `d${i}.md`);
    for (const n of names) writeFileSync(join(dir, n), text);
    const run = await runCli(opts.root, dir, ['--format', 'json', ...names]);
    const parsed = parseRun(run, dir);
    if (parsed.broken || parsed.reports.size !== copies)
      result.failures.push({ index: null, name: 'long line', check: 'internal error', detail: parsed.broken ?? 'missing reports' });
    return run.cpuMs;
  };
  const startups: number[] = [];
  for (let r = 0; r < rounds; r++) startups.push(await timeOf(''));
  result.startupCpuMs = median(startups);
  for (const [variant, text] of variants) {
    const mine: number[] = [];
    const theirs: number[] = [];
    // Alternate, so load on the machine falls on both alike.
    for (let r = 0; r < rounds; r++) {
      theirs.push(await timeOf(ordinary));
      mine.push(await timeOf(text));
    }
    const cpuMs = median(mine);
    const ordinaryCpuMs = median(theirs);
    const net = (x: number) => Math.max(1, x - result.startupCpuMs);
    result.longLine.push({
      variant,
      kb: Buffer.byteLength(text) / 1024,
      cpuMs,
      ordinaryCpuMs,
      ratio: cpuMs / ordinaryCpuMs,
      netRatio: net(cpuMs) / net(ordinaryCpuMs),
    });
    opts.log?.(
      `long line: ${variant}: ${cpuMs.toFixed(0)} ms vs ordinary ${ordinaryCpuMs.toFixed(0)} ms (x${(net(cpuMs) / net(ordinaryCpuMs)).toFixed(2)} net of start-up)`,
    );
  }
}

export async function runBar(opts: BarOptions): Promise<BarResult> {
  const started = Date.now();
  const sources = loadSources(opts.root, opts.corpus);
  const result: BarResult = {
    documents: 0,
    linted: 0,
    skipped: {},
    fixedFiles: 0,
    diskFullFiles: 0,
    failures: [],
    batches: [],
    medianMsPerKb: 0,
    slowestBatchRatio: 0,
    longLine: [],
    startupCpuMs: 0,
    seconds: 0,
  };
  const work = mkdtempSync(join(opts.tmp ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir()), 'caolint-bar-'));
  try {
    const indices = opts.only ?? Array.from({ length: opts.docs }, (_, i) => i);
    const batchCount = Math.ceil(indices.length / opts.batchSize);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batchCount) {
        const b = next++;
        const docs = indices.slice(b * opts.batchSize, (b + 1) * opts.batchSize).map((i) => generateDocument(opts.seed, i, sources));
        result.documents += docs.length;
        const failuresBefore = result.failures.length;
        const t = await runBatch(opts, docs, join(work, `batch-${b}`), b, result);
        rmSync(join(work, `batch-${b}`), { recursive: true, force: true });
        result.batches.push(t);
        if (opts.keep) {
          for (const f of result.failures.slice(failuresBefore)) {
            const doc = docs.find((d) => d.index === f.index);
            if (!doc) continue;
            mkdirSync(opts.keep, { recursive: true });
            writeFileSync(join(opts.keep, doc.name), doc.bytes);
          }
        }
        opts.log?.(
          `batch ${b}: ${docs.length} documents, ${t.kb.toFixed(0)} KB, ${t.cpuMs.toFixed(0)} ms CPU (${t.msPerKb.toFixed(2)} ms/KB), fixing ${t.fixCpuMs.toFixed(0)} ms; failures so far ${result.failures.length}`,
        );
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.jobs ?? 1) }, worker));
    result.batches.sort((a, b) => a.batch - b.batch);
    const perKb = result.batches.map((t) => t.msPerKb);
    result.medianMsPerKb = median(perKb);
    result.slowestBatchRatio = perKb.length ? Math.max(...perKb) / result.medianMsPerKb : 0;
    // Alone, after the batches, so the two sides of each comparison share the machine alike.
    if (opts.longLine) await longLineComparison(opts, sources, join(work, 'long'), result);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
