/**
 * The Nu HTML Checker (vnu.jar from the `vnu-jar` package, on the system's
 * Java) as a local HTTP service: started once per `npm test` run by
 * tests/setup/htmlChecker.ts, so each fixture build is checked in well under
 * a second instead of paying the checker's start-up (seconds of CPU loading
 * its schemas) again and again.
 *
 * `buildSite` checks every page of every successful fixture build with it,
 * so no test can build a site with an invalid page and pass.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** What to do when there is no Java, for the test output. */
export function noJavaMessage(command: string): string {
  return `The Nu HTML Checker needs Java 11 or newer, and there is no \`${command}\` command. `
    + 'Install Java (Debian/Ubuntu: `sudo apt-get install default-jre-headless`; macOS: `brew install openjdk`; '
    + 'Windows: https://adoptium.net), or set JAVA_HOME to the folder of an installed Java.';
}

/** The `java` command: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on the PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * JVM options: vnu's schema needs a deeper stack than some JVMs' default; a
 * small heap and the serial collector keep it light beside parallel builds.
 */
const JVM_OPTIONS = ['-Xss4m', '-Xmx768m', '-XX:+UseSerialGC'];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A running checker: its address and a way to stop it. */
export interface HtmlChecker {
  url: string;
  stop(): void;
}

/**
 * Starts the checker on a free local port and resolves once it answers.
 * Rejects, saying how to install Java, when there is none.
 */
export async function startHtmlChecker(java = javaCommand(), timeoutMs = 180_000): Promise<HtmlChecker> {
  const port = await freePort();
  const child: ChildProcess = spawn(java, [...JVM_OPTIONS, '-Dnu.validator.servlet.bind-address=127.0.0.1', '-cp', vnuJar, 'nu.validator.servlet.Main', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<never>((_, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new Error(noJavaMessage(java)) : error));
    child.on('exit', (code) => reject(new Error(`The Nu HTML Checker stopped (exit code ${code}):\n${log}`)));
  });
  const url = `http://127.0.0.1:${port}/`;
  const ready = (async () => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await fetch(url).then((response) => response.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`The Nu HTML Checker did not answer within ${timeoutMs / 1000} s:\n${log}`);
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    child.kill();
    throw error;
  }
  exited.catch(() => undefined);
  return { url, stop: () => child.kill() };
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  lastLine?: number;
  message: string;
}

/** Checks one page's HTML; returns its errors as `line: message`. */
export async function checkPage(checkerUrl: string, html: string): Promise<string[]> {
  const response = await fetch(`${checkerUrl}?out=json`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: html,
  });
  if (!response.ok) throw new Error(`The Nu HTML Checker answered ${response.status} ${response.statusText}`);
  const report = (await response.json()) as { messages: VnuMessage[] };
  return report.messages.filter((message) => message.type !== 'info').map((message) => `${message.lastLine ?? '?'}: ${message.message}`);
}

/**
 * Checks the HTML files `files` (paths relative to `folder`), a few at a
 * time, and returns one line per error: `file:line: message`.
 */
export async function checkPages(checkerUrl: string, folder: string, files: string[]): Promise<string[]> {
  const errors: string[] = [];
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const found = await checkPage(checkerUrl, readFileSync(join(folder, file), 'utf8'));
      errors.push(...found.map((error) => `${file}:${error}`));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return errors.sort();
}
