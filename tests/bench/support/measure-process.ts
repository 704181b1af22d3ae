// Runs a command and measures its wall time, the CPU time of its whole process tree and that
// tree's peak memory (a build's Node process plus what it starts: Pagefind's binary, recheck's
// agent, workers), read from /proc. On a system without /proc those two are reported unknown.
// CPU time is the steadier figure on a shared machine: time stolen by neighbours or spent
// waiting does not count.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';

/** What one measured run gave. */
export interface Measured {
  /** Exit status (`null` when a signal ended it). */
  status: number | null;
  ms: number;
  /** User + system CPU time of the command and every descendant it waited for, or `undefined` without /proc. */
  cpuMs: number | undefined;
  /** Largest sum of resident memory over the process tree seen in any sample, or `undefined` without /proc. */
  peakRssBytes: number | undefined;
}

const PAGE_SIZE = 4096;
/** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/** CPU time of this process's waited-for children so far (cutime + cstime of /proc/self/stat). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after "(comm)": state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

/** Resident bytes of every process in the tree rooted at `root`, summed; 0 once it is gone. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the parenthesised command name: state, ppid, …; statm's second field is resident pages.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const resident = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
      const pid = Number(name);
      rss.set(pid, resident * PAGE_SIZE);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let sum = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    sum += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/**
 * Runs `command args` in `cwd` with `env`, output to `logFile` (builds print far more than a pipe
 * holds), sampling the tree's memory every `sampleMs`. Resolves when the command exits.
 */
export function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string | URL; env: NodeJS.ProcessEnv; logFile: string; sampleMs?: number },
): Promise<Measured> {
  const procfs = existsSync('/proc/self/statm');
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  const cpuBefore = procfs ? childrenCpuMs() : 0;
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
  let peak = 0;
  const timer = procfs && child.pid !== undefined ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid as number))), options.sampleMs ?? 200) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      closeSync(log);
      reject(error);
    });
    // 'close' comes after Node has reaped the child, so its CPU time is in cutime by then.
    child.on('close', (status) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      closeSync(log);
      resolve({ status, ms, cpuMs: procfs ? childrenCpuMs() - cpuBefore : undefined, peakRssBytes: procfs ? peak : undefined });
    });
  });
}
