/**
 * A persistent pool of render workers (one per core by default). Each
 * worker keeps its fonts and satori state between cards; the pool hands a
 * worker its next card as soon as it answers, so fast and slow cards even out.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardModel } from './cardTemplate.ts';
import type { CardEncoder } from './renderCard.ts';
import type { RenderRequest, RenderResponse } from './renderWorker.ts';

/** Renders cards on worker threads. */
export interface CardPool {
  size: number;
  render(model: CardModel, encoder: CardEncoder): Promise<Buffer>;
  /** Stops every worker; pending renders reject. */
  close(): Promise<void>;
}

interface Pending {
  request: RenderRequest;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/** Up to this many cards, one worker renders them all (see defaultPoolSize). */
export const SINGLE_WORKER_JOBS = 8;

/**
 * Worker count for `jobs` cards: all cores, but never more workers than
 * cards, and one worker for a handful of cards (an edit or a lifted
 * embargo): each worker loads its own fonts and renderer, about 100 MB, to
 * save well under a second.
 */
export function defaultPoolSize(jobs: number): number {
  const fromEnv = Number(process.env.NEWSROOM_OG_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.max(1, Math.min(fromEnv, jobs));
  return jobs <= SINGLE_WORKER_JOBS ? 1 : Math.min(availableParallelism(), jobs);
}

/** Starts `size` workers. */
export function createCardPool(size: number = defaultPoolSize(Number.MAX_SAFE_INTEGER)): CardPool {
  const workerUrl = new URL('./renderWorker.ts', import.meta.url);
  const queue: Pending[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  let nextId = 1;
  let closed = false;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage(job.request);
    }
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerUrl);
    worker.on('message', (response: RenderResponse) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job) {
        if ('error' in response) job.reject(new Error(`social card for "${job.request.model.title}" failed: ${response.error}`));
        else job.resolve(Buffer.from(response.png.buffer, response.png.byteOffset, response.png.byteLength));
      }
      dispatch();
    });
    worker.on('error', (error: Error) => {
      const job = busy.get(worker);
      busy.delete(worker);
      job?.reject(error);
      for (const waiting of queue.splice(0)) waiting.reject(error);
    });
    idle.push(worker);
    return worker;
  });

  return {
    size,
    render(model, encoder) {
      if (closed) return Promise.reject(new Error('the card pool is closed'));
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ request: { id: nextId++, model, encoder }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const waiting of queue.splice(0)) waiting.reject(new Error('the card pool was closed'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
