/**
 * What `npm run dev` runs, read from package.json, as arguments for the
 * Node binary: the benchmark and the dev-server tests start exactly that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `dev` script of `projectRoot`'s package.json without its leading `node`, split into arguments. */
export function devCommand(projectRoot: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const [program, ...args] = (scripts.dev ?? '').trim().split(/\s+/);
  if (program !== 'node' || args.length === 0) throw new Error(`package.json: the "dev" script should run node (it is "${scripts.dev ?? ''}")`);
  return args;
}
