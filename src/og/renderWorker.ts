/**
 * Worker thread: renders cards for the pool in workerPool.ts. Fonts are
 * loaded and satori's font set is built once per worker, on the first card.
 * Runs with Node's native type stripping, so this file and its imports use
 * only erasable TypeScript and `.ts` import paths.
 */
import { parentPort } from 'node:worker_threads';
import type { CardModel } from './cardTemplate.ts';
import { renderCardPng, type CardEncoder } from './renderCard.ts';

/** A request from the pool. */
export interface RenderRequest {
  id: number;
  model: CardModel;
  encoder: CardEncoder;
}

/** The worker's answer: PNG bytes or an error message. */
export type RenderResponse = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', async (request: RenderRequest) => {
  try {
    const png = await renderCardPng(request.model, request.encoder);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    parentPort!.postMessage({ id: request.id, png: bytes } satisfies RenderResponse);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    parentPort!.postMessage({ id: request.id, error: message } satisfies RenderResponse);
  }
});
