/**
 * Social card benchmark: `npm run bench:og`.
 *
 * 1. Encoders on one thread: ms per card (satori + SVG→PNG) and file size for
 *    resvg, sharp and resvg+sharp.
 * 2. The build path (worker pool on all cores + disk cache): images/second
 *    cold (empty cache, worker start-up included) and warm (everything cached).
 *
 * Cards come from the real content in ./content, repeated with numbered
 * titles to reach BENCH_OG_CARDS cards (default 240).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveContentRoot } from '../src/config.ts';
import { getBuildNow } from '../src/lib/getBuildNow.ts';
import { collectCardJobs } from '../src/og/collectCards.ts';
import { generateCards, type CardJob } from '../src/og/generateCards.ts';
import { CARD_ENCODERS, encodePng, renderCardSvg } from '../src/og/renderCard.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const total = Number(process.env.BENCH_OG_CARDS ?? 240);
const { jobs: base } = collectCardJobs({ contentRoot: resolveContentRoot(projectRoot), now: getBuildNow() });
const jobs: CardJob[] = Array.from({ length: total }, (_, index) => {
  const job = base[index % base.length]!;
  const round = Math.floor(index / base.length);
  return { model: { ...job.model, title: round ? `${job.model.title} (${round})` : job.model.title }, output: `og/bench/${index}.png` };
});

console.log(`Social card benchmark: ${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at start`);
console.log(`${base.length} cards from ./content, ${jobs.length} cards per run\n`);

console.log('One thread, per card (satori layout + PNG encode):');
const sample = jobs.slice(0, Math.min(60, jobs.length));
for (const job of sample.slice(0, 5)) await encodePng(await renderCardSvg(job.model), 'resvg+sharp'); // warm-up
// Encoders take turns for three rounds; the best round counts (other load on the machine only slows).
const best = new Map<string, { layout: number; encode: number; bytes: number }>();
for (let round = 0; round < 3; round++) {
  for (const encoder of CARD_ENCODERS) {
    let layout = 0;
    let encode = 0;
    let bytes = 0;
    for (const job of sample) {
      const t0 = performance.now();
      const svg = await renderCardSvg(job.model);
      const t1 = performance.now();
      bytes += (await encodePng(svg, encoder)).length;
      encode += performance.now() - t1;
      layout += t1 - t0;
    }
    const previous = best.get(encoder);
    if (!previous || layout + encode < previous.layout + previous.encode) best.set(encoder, { layout, encode, bytes });
  }
}
for (const [encoder, { layout, encode, bytes }] of best) {
  const n = sample.length;
  console.log(`  ${encoder.padEnd(12)} ${((layout + encode) / n).toFixed(1).padStart(5)} ms/card  (satori ${(layout / n).toFixed(1)} + encode ${(encode / n).toFixed(1)})  ${(bytes / n / 1024).toFixed(0)} KB/card`);
}

const work = mkdtempSync(join(tmpdir(), 'newsroom-bench-og-'));
try {
  const options = { outDir: join(work, 'out'), cacheDir: join(work, 'cache') };
  const cold = await generateCards(jobs, options);
  const warm = await generateCards(jobs, options);
  console.log(`\nBuild path (worker pool + cache, default encoder):`);
  console.log(`  cold: ${cold.rendered} rendered in ${cold.seconds.toFixed(2)} s on ${cold.workers} workers = ${(jobs.length / cold.seconds).toFixed(1)} images/s`);
  console.log(`  warm: ${warm.reused} reused in ${warm.seconds.toFixed(3)} s = ${(jobs.length / warm.seconds).toFixed(0)} images/s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
