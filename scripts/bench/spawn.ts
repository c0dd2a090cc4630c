import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One timed run of a command-line tool. */
export interface ChildRun {
  ms: number;
  /** Peak resident set size of the child, in KiB (NaN when it could not be measured). */
  maxRssKiB: number;
  /** User + system CPU time of the child, in ms (NaN when it could not be measured). */
  cpuMs: number;
  code: number | null;
  stdoutFile: string;
  stderrFile: string;
}

export type RssProbe = { kind: 'gnu-time' } | { kind: 'node-hook'; hook: string };

/**
 * GNU time reports the child's peak RSS; where it is missing (or is not GNU's), a preloaded hook
 * makes the node child write its own `process.resourceUsage().maxRSS` when it exits.
 */
export function chooseRssProbe(workDir: string): RssProbe {
  const gnuTime = '/usr/bin/time';
  if (existsSync(gnuTime)) {
    const probe = join(workDir, 'time-probe.txt');
    const ok = spawnSync(gnuTime, ['-v', '-o', probe, process.execPath, '-e', ''], { stdio: 'ignore' }).status === 0;
    const text = ok && existsSync(probe) ? readFileSync(probe, 'utf8') : '';
    rmSync(probe, { force: true });
    if (/Maximum resident set size/.test(text)) return { kind: 'gnu-time' };
  }
  const hook = join(workDir, 'rss-hook.cjs');
  writeFileSync(
    hook,
    [
      "process.on('exit', () => {",
      '  const u = process.resourceUsage();',
      "  require('fs').writeFileSync(process.env.CAOLINT_BENCH_RSS_FILE, `${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1000}`);",
      '});',
      '',
    ].join('\n'),
  );
  return { kind: 'node-hook', hook };
}

/** Runs `node <args>` with stdout and stderr sent to files, timing it from spawn to exit. */
export async function runNode(args: string[], options: { cwd: string; probe: RssProbe; outBase: string; env?: Record<string, string> }): Promise<ChildRun> {
  const stdoutFile = `${options.outBase}.out`;
  const stderrFile = `${options.outBase}.err`;
  const rssFile = `${options.outBase}.rss`;
  rmSync(rssFile, { force: true });
  const [command, argv] =
    options.probe.kind === 'gnu-time'
      ? ['/usr/bin/time', ['-v', '-o', rssFile, process.execPath, ...args]]
      : [process.execPath, ['--require', options.probe.hook, ...args]];
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const start = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd: options.cwd,
      stdio: ['ignore', out, err],
      env: { ...process.env, ...options.env, CAOLINT_BENCH_RSS_FILE: rssFile, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve(exitCode));
  });
  const ms = performance.now() - start;
  closeSync(out);
  closeSync(err);
  return { ms, ...readUsage(rssFile, options.probe), code, stdoutFile, stderrFile };
}

function readUsage(file: string, probe: RssProbe): { maxRssKiB: number; cpuMs: number } {
  if (!existsSync(file)) return { maxRssKiB: Number.NaN, cpuMs: Number.NaN };
  const text = readFileSync(file, 'utf8');
  if (probe.kind === 'node-hook') {
    const [rss, cpu] = text.trim().split(' ').map(Number);
    return { maxRssKiB: rss, cpuMs: cpu };
  }
  const field = (re: RegExp): number => {
    const m = re.exec(text);
    return m ? Number(m[1]) : Number.NaN;
  };
  const seconds = field(/User time \(seconds\):\s*([\d.]+)/) + field(/System time \(seconds\):\s*([\d.]+)/);
  return { maxRssKiB: field(/Maximum resident set size \(kbytes\):\s*(\d+)/), cpuMs: seconds * 1000 };
}

/** The last lines of a child's stderr, for a failure message. */
export function tail(file: string, lines = 8): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
