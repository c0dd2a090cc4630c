import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildRun } from './spawn';
import type { InprocResult } from './runner';

/** One measured sample: wall time (child) or inner time (in-process), peak RSS and findings reported. */
export interface Sample {
  ms: number;
  cpuMs: number;
  rssKiB: number;
  findings: number | null;
}

export interface Tool {
  label: string;
  mode: 'child process' | 'in-process';
  /** Arguments to `node`, given the input files relative to the working folder. */
  args(files: string[]): string[];
  /** Turns a finished run into a sample, or explains why the run failed. */
  read(run: ChildRun, files: string[]): Sample | string;
  /** Extra environment for the child process. */
  env?: Record<string, string>;
}

export interface ToolPaths {
  projectRoot: string;
  runner: string;
}

function exitOk(run: ChildRun, allowed: number[]): string | null {
  return run.code !== null && allowed.includes(run.code) ? null : `exit code ${run.code}`;
}

/** The caolint CLI; with `oneThread`, its file workers off (CAOLINT_WORKERS=0), to show what they bring. */
export function caolintCli({ projectRoot }: ToolPaths, oneThread = false): Tool {
  return {
    label: oneThread ? 'caolint CLI, one thread' : 'caolint CLI (--format json)',
    mode: 'child process',
    ...(oneThread ? { env: { CAOLINT_WORKERS: '0' } } : {}),
    args: (files) => [join(projectRoot, 'bin', 'caolint.cjs'), '--format', 'json', ...files],
    read(run, files) {
      // 1 means "error-level findings", which is a normal outcome here.
      const bad = exitOk(run, [0, 1]);
      if (bad) return bad;
      let report: unknown;
      try {
        report = JSON.parse(readFileSync(run.stdoutFile, 'utf8'));
      } catch {
        return 'stdout is not JSON';
      }
      if (!Array.isArray(report) || report.length !== files.length) return `expected ${files.length} file results in the JSON report`;
      const findings = report.reduce((n: number, r: { messages?: unknown[] }) => n + (r.messages?.length ?? 0), 0);
      return { ms: run.ms, cpuMs: run.cpuMs, rssKiB: run.maxRssKiB, findings };
    },
  };
}

export function markdownlintCli2({ projectRoot }: ToolPaths): Tool {
  return {
    label: 'markdownlint-cli2 (default rules)',
    mode: 'child process',
    // A leading ':' makes markdownlint-cli2 take the name literally instead of as a glob.
    args: (files) => [join(projectRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), ...files.map((f) => `:${f}`)],
    read(run) {
      const bad = exitOk(run, [0, 1]);
      if (bad) return bad;
      const findings = readFileSync(run.stderrFile, 'utf8')
        .split('\n')
        .filter((l) => /^\S+\.md:\d+/.test(l)).length;
      return { ms: run.ms, cpuMs: run.cpuMs, rssKiB: run.maxRssKiB, findings };
    },
  };
}

export function remarkCli({ runner }: ToolPaths): Tool {
  return {
    label: 'remark-parse alone (bundled CLI)',
    mode: 'child process',
    args: (files) => [runner, 'parse-cli', ...files],
    read(run) {
      return exitOk(run, [0]) ?? { ms: run.ms, cpuMs: run.cpuMs, rssKiB: run.maxRssKiB, findings: null };
    },
  };
}

function inproc(label: string, mode: string, runner: string): Tool {
  return {
    label,
    mode: 'in-process',
    args: (files) => [runner, mode, ...files],
    read(run) {
      const bad = exitOk(run, [0]);
      if (bad) return bad;
      try {
        const result = JSON.parse(readFileSync(run.stdoutFile, 'utf8')) as InprocResult;
        return { ms: result.ms, cpuMs: result.cpuMs, rssKiB: result.maxRssKiB, findings: mode === 'inproc-lint' ? result.findings : null };
      } catch {
        return 'stdout is not JSON';
      }
    },
  };
}

export const caolintInproc = ({ runner }: ToolPaths): Tool => inproc('caolint lintText per file', 'inproc-lint', runner);
export const remarkInproc = ({ runner }: ToolPaths): Tool => inproc('remark-parse alone per file', 'inproc-parse', runner);
