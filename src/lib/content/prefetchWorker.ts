/** Worker thread of prefetchContentFiles.ts: reads the translation files under `workerData.root` and posts their cache records. */
import { parentPort, workerData } from 'node:worker_threads';
import { readTranslationRecords } from './readTranslationRecords.ts';

parentPort?.postMessage(readTranslationRecords((workerData as { root: string }).root));
