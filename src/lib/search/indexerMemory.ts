/**
 * Peak memory of a Pagefind indexing process, for the build log. Pagefind
 * runs as a child process of the build, so the build's own memory figures
 * do not show it. Linux only (read from /proc); elsewhere unknown.
 */
import { readFileSync } from 'node:fs';

/** How often the peak is read: a process's peak is kept by the kernel, so only the last stretch before it exits can be missed. */
const INTERVAL_MS = 50;

/** Follows process `pid`'s peak resident memory; `stop()` returns it in MB, or undefined when it could not be read. */
export function watchPeakMemory(pid: number | undefined): { stop(): number | undefined } {
  let peakKb = 0;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // Not Linux, or the process has ended.
    }
  };
  const timer = pid === undefined ? undefined : setInterval(read, INTERVAL_MS);
  timer?.unref();
  return {
    stop() {
      if (timer) clearInterval(timer);
      return peakKb > 0 ? Math.round(peakKb / 1024) : undefined;
    },
  };
}
