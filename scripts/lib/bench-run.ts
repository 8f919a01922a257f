/**
 * Runs one measured command as its own child process and reads its wall time and peak RSS:
 * with GNU time (`/usr/bin/time -v -o FILE`) when present, else with a tiny python3 wrapper that
 * reads getrusage(RUSAGE_CHILDREN). Either way the bench process itself is never counted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

export type RssProbe = { kind: 'gnu-time'; path: string } | { kind: 'python'; python: string } | { kind: 'none'; why: string };

export interface Command {
  /** Short name shown in the tables. */
  label: string;
  cmd: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Exit codes that mean "ran fine" (a linter exits 1 when it found something). Default: [0]. */
  okCodes?: number[];
  /** Give up after this long (default 15 minutes). */
  timeoutMs?: number;
}

export interface Measurement {
  seconds: number;
  /** Peak resident set size of the measured process, in MB (1024 * 1024 bytes); undefined when no probe. */
  peakMb?: number;
  exitCode: number;
  ok: boolean;
  stdout: string;
  stderr: string;
}

const PY_WRAPPER = [
  'import resource, subprocess, sys',
  'r = subprocess.run(sys.argv[2:])',
  "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))",
  'sys.exit(r.returncode)',
].join('\n');

export function probeName(probe: RssProbe): string {
  switch (probe.kind) {
    case 'gnu-time':
      return `GNU time (${probe.path} -v), maximum resident set size of the measured process`;
    case 'python':
      return 'getrusage(RUSAGE_CHILDREN).ru_maxrss read by a python3 wrapper';
    case 'none':
      return `not measured (${probe.why})`;
  }
}

/** Runs the command once, timed from spawn to exit. */
export function measure(command: Command, probe: RssProbe, scratch: string): Measurement {
  const rssFile = path.join(scratch, `rss-${process.pid}-${Date.now()}.txt`);
  let cmd = command.cmd;
  let args = command.args;
  if (probe.kind === 'gnu-time') {
    cmd = probe.path;
    args = ['-v', '-o', rssFile, command.cmd, ...command.args];
  } else if (probe.kind === 'python') {
    cmd = probe.python;
    args = ['-c', PY_WRAPPER, rssFile, command.cmd, ...command.args];
  }
  const start = performance.now();
  const result = spawnSync(cmd, args, {
    cwd: command.cwd,
    env: command.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: command.timeoutMs ?? 15 * 60 * 1000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  let peakMb: number | undefined;
  if (existsSync(rssFile)) {
    const text = readFileSync(rssFile, 'utf8');
    rmSync(rssFile, { force: true });
    const kb = probe.kind === 'gnu-time' ? /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] : text.trim();
    if (kb && /^\d+$/.test(kb)) {
      peakMb = Number(kb) / 1024;
    }
  }
  // GNU time reports "Command exited with non-zero status N" in its file and exits with N itself.
  const exitCode = result.status ?? (result.signal ? 128 : 1);
  return {
    seconds,
    peakMb,
    exitCode,
    ok: !result.error && (command.okCodes ?? [0]).includes(exitCode),
    stdout: result.stdout ?? '',
    stderr: (result.stderr ?? '') + (result.error ? `\n${result.error.message}` : ''),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The runs of one tool in one comparison. */
export interface Series {
  label: string;
  runs: Measurement[];
  /** Set when the tool could not run at all (missing peer, failed run): shown instead of numbers. */
  skipped?: string;
}

export function medianSeconds(series: Series): number | undefined {
  const ok = series.runs.filter((r) => r.ok);
  return ok.length > 0 ? median(ok.map((r) => r.seconds)) : undefined;
}

/** The highest peak over the runs (peaks vary little; the highest is the one to budget for). */
export function peakMb(series: Series): number | undefined {
  const peaks = series.runs.filter((r) => r.ok && r.peakMb !== undefined).map((r) => r.peakMb as number);
  return peaks.length > 0 ? Math.max(...peaks) : undefined;
}

/**
 * Runs each command `runs` times, alternating: repetition i starts at command i (mod n), so no
 * tool always runs first (cold caches) or right after the heaviest one. A command whose run
 * fails is not run again; its series says why.
 */
export function alternate(
  commands: Command[],
  runs: number,
  probe: RssProbe,
  scratch: string,
  log: (line: string) => void,
  before?: (command: Command) => void,
): Series[] {
  const series: Series[] = commands.map((c) => ({ label: c.label, runs: [] }));
  for (let rep = 0; rep < runs; rep++) {
    for (let k = 0; k < commands.length; k++) {
      const index = (rep + k) % commands.length;
      const command = commands[index];
      const s = series[index];
      if (s.skipped) {
        continue;
      }
      before?.(command);
      const m = measure(command, probe, scratch);
      s.runs.push(m);
      const peak = m.peakMb === undefined ? '' : `, ${Math.round(m.peakMb)} MB`;
      log(`  run ${rep + 1}/${runs} ${command.label}: ${m.seconds.toFixed(2)} s${peak}${m.ok ? '' : ` FAILED (exit ${m.exitCode})`}`);
      if (!m.ok) {
        s.skipped = `failed (exit ${m.exitCode}): ${firstLines(m.stderr || m.stdout, 3)}`;
      }
    }
  }
  return series;
}

export function firstLines(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, n)
    .join(' | ')
    .slice(0, 400);
}
