/**
 * Peak memory of Pagefind's indexing process, for the build log. Pagefind
 * indexes in a child process of the build, so the build's own memory
 * figures do not show it. Linux only (read from /proc); elsewhere unknown.
 */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Highest resident memory (MB) of this process's children named "pagefind…",
 * summed over them (one per indexing worker, running side by side: an upper
 * bound of what they held at once), or undefined when it cannot be read.
 */
export function indexerPeakMb(): number | undefined {
  try {
    const children = readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean));
    const peaks = children
      .filter((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind'))
      .map((pid) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024);
    const known = peaks.filter((peak) => Number.isFinite(peak));
    return known.length > 0 ? Math.round(known.reduce((sum, peak) => sum + peak, 0)) : undefined;
  } catch {
    return undefined;
  }
}
