/**
 * The static server of the browser tests and scripts (scripts/lib/serveStatic.ts):
 * it stops at once even while a client holds a connection it never used,
 * as Chromium does when it connects ahead of requests (a test's teardown
 * once waited for such a socket until it timed out).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/serveStatic.ts';

describe('serveStatic', () => {
  it('serves a file under the base path, and closes at once with an idle and an unused connection open', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsroom-serve-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
    const server = await serveStatic(root, '/newsroom/');
    const response = await fetch(`${server.origin}/newsroom/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>ok</title>');
    const { port } = new URL(server.origin);
    const unused = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => unused.once('connect', () => resolve()));
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    unused.destroy();
  }, 20_000);
});
