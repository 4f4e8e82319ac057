/**
 * One Pagefind process driven message by message (`pagefind --service`,
 * the protocol Pagefind's own Node API speaks: each message is JSON in
 * base64, ended by ","). The Node API keeps one such process for the whole
 * program and passes it this program's environment; an early index
 * (earlyIndex.ts) needs a process of its own per language, started at a
 * lower priority, without the PAGEFIND_* settings indexLanguage.ts also
 * leaves out.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { pagefindEnvironment } from './indexLanguage.ts';
import { watchPeakMemory } from './indexerMemory.ts';

/** A running service; `request` sends one message and resolves with the answer's payload. */
export interface PagefindService {
  request(payload: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Ends the process; returns its peak memory in MB when it could be read (Linux). */
  close(): number | undefined;
}

/**
 * Starts `binary --service` in `cwd`. `niceness` (0–19) lowers its priority
 * where the system allows it: it then uses the cores the build leaves idle.
 */
export function startPagefindService(binary: string, cwd: string, niceness = 0): PagefindService {
  const child = spawn(binary, ['--service'], { cwd, env: pagefindEnvironment(), windowsHide: true, stdio: ['pipe', 'pipe', 'ignore'] });
  if (niceness > 0 && child.pid !== undefined) {
    try {
      setPriority(child.pid, niceness);
    } catch {
      // Not allowed here: it runs at the build's priority.
    }
  }
  const memory = watchPeakMemory(child.pid);
  const waiting = new Map<number, { resolve(payload: Record<string, unknown>): void; reject(error: Error): void }>();
  let ended: Error | undefined;
  let nextId = 0;
  let buffered = '';
  const fail = (error: Error) => {
    ended ??= error;
    for (const { reject } of waiting.values()) reject(ended);
    waiting.clear();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (buffered + chunk.toString()).split(',');
    buffered = parts.pop()!;
    for (const part of parts) {
      let message: { message_id?: number; payload: Record<string, unknown> };
      try {
        message = JSON.parse(Buffer.from(part, 'base64').toString('utf8')) as typeof message;
      } catch {
        // Not a message of this protocol (another Pagefind version?): nothing it answers can be trusted.
        fail(new Error('Pagefind\'s service answered something that is not a message'));
        child.kill();
        return;
      }
      const pending = message.message_id === undefined ? undefined : waiting.get(message.message_id);
      if (!pending) continue;
      waiting.delete(message.message_id!);
      if (message.payload.type === 'Error') pending.reject(new Error(`Pagefind: ${String(message.payload.message)}`));
      else pending.resolve(message.payload);
    }
  });
  child.on('error', (error) => fail(new Error(`Pagefind's program ${binary} could not be started (${error.message})`)));
  child.on('close', (code, signal) => fail(new Error(`Pagefind's service ended (${signal ?? `exit code ${code}`})`)));
  child.stdin.on('error', (error) => fail(error));
  // A build that stops half-way must not leave the process behind.
  const stop = () => child.kill();
  process.once('exit', stop);
  return {
    request(payload) {
      if (ended) return Promise.reject(ended);
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.stdin.write(`${Buffer.from(JSON.stringify({ message_id: id, payload })).toString('base64')},`);
      });
    },
    close() {
      process.removeListener('exit', stop);
      fail(new Error('Pagefind\'s service was closed'));
      child.kill();
      return memory.stop();
    },
  };
}
