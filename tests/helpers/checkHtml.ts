/**
 * Runs the Nu HTML Checker (vnu.jar from the `vnu-jar` package, on the
 * system's Java) once over built pages and returns its errors as
 * `file:line: message` lines. One Java start for many folders: the
 * checker spends seconds of CPU loading its schemas before the first page.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** What to do when there is no Java, for the test output. */
function noJava(command: string): string {
  return `The Nu HTML Checker needs Java 11 or newer, and there is no \`${command}\` command. `
    + 'Install Java (Debian/Ubuntu: `sudo apt-get install default-jre-headless`; macOS: `brew install openjdk`; '
    + 'Windows: https://adoptium.net), or set JAVA_HOME to the folder of an installed Java.';
}

/**
 * JVM options: vnu's schema needs a deeper stack than some JVMs' default,
 * and for one short run the quick compiler alone halves the CPU time (the
 * optimising one never pays off).
 */
const JVM_OPTIONS = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The `java` command: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on the PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

function runVnu(java: string, paths: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(java, [...JVM_OPTIONS, '-jar', vnuJar, '--format', 'json', '--skip-non-html', ...paths]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new Error(noJava(java)) : error));
    // vnu exits with 1 when it finds errors; the JSON report is on stderr either way.
    child.on('close', () => resolvePromise(stderr.trim() || stdout.trim()));
  });
}

/**
 * Checks every HTML file in the folders `folders` and returns, for each
 * folder, one line per error, `file:line: message`, with the file relative
 * to that folder. An empty list means every page in it is valid. Rejects,
 * saying how to install it, when there is no Java.
 */
export async function checkHtml(folders: string[], java = javaCommand()): Promise<Map<string, string[]>> {
  const output = await runVnu(java, folders);
  let report: { messages: VnuMessage[] };
  try {
    // Skip anything Java prints before the report (e.g. "Picked up JAVA_TOOL_OPTIONS").
    report = JSON.parse(output.slice(Math.max(0, output.indexOf('{"'))));
  } catch {
    // Not JSON: Java itself failed (too old, jar unreadable). Show what it said.
    throw new Error(`The Nu HTML Checker did not run:\n${output}`);
  }
  const errors = new Map(folders.map((folder) => [folder, [] as string[]]));
  for (const message of report.messages.filter((each) => each.type !== 'info')) {
    const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '?');
    const folder = folders.find((each) => !relative(each, file).startsWith('..')) ?? folders[0]!;
    errors.get(folder)!.push(`${relative(folder, file) || file}:${message.lastLine ?? '?'}: ${message.message}`);
  }
  return errors;
}
