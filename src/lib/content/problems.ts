import type { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { isLocale, locales } from '../../i18n/locales.ts';
import { seeGuide } from './authorGuide.ts';
import { isLanguageCode } from './schemas.ts';
import type { AutoFix } from './lookalikes/fixLookalikes.ts';

/** One thing wrong with the content, located precisely enough to fix it. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** Dotted field path, e.g. "event.start"; "(file)" for the file as a whole. */
  field: string;
  problem: string;
  fix: string;
  /** Edits that correct the problem exactly, applied by `npm run validate -- --fix` (lookalike letters). */
  autoFix?: AutoFix;
}

/** Formats one problem as `content/<path>:<line>  <field>: <problem>  (<fix>)`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}  ${problem.field}: ${problem.problem}  (${problem.fix})`;
}

/** Sort order for problems: by file, then line (an author fixes a file top to bottom). */
export function byFileAndLine(a: ContentProblem, b: ContentProblem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** Formats a full report: errors first, then warnings, with counts. */
export function formatProblemReport(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const sections: string[] = [];
  if (errors.length > 0) {
    sections.push(`${errors.length} content error${errors.length === 1 ? '' : 's'}:`, ...errors.map(formatProblem));
  }
  if (warnings.length > 0) {
    if (sections.length > 0) sections.push('');
    sections.push(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`, ...warnings.map(formatProblem));
  }
  return sections.join('\n');
}

/** Dotted path for messages: ["event", "start"] → "event.start", ["tags", 1] → "tags[1]". */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** The closest known value, when it is close enough to be a typo. */
export function suggestClosest(value: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(value, [...known]);
  return distance(value, candidate) <= Math.max(2, Math.floor(candidate.length / 3)) ? candidate : undefined;
}

function missing(path: ReadonlyArray<PropertyKey>): { problem: string; fix: string } {
  return { problem: 'is required but missing', fix: `add a line "${String(path.at(-1))}: …"` };
}

function describeType(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'a group of fields' : `a ${typeof input}`;
}

/**
 * Turns a zod issue into plain words and a fix an author can act on. `see`
 * points at the field table of the author guide in the file's language.
 */
export function describeIssue(issue: z.core.$ZodIssue, knownFields: readonly string[] = [], see = 'see the field table in docs/authors/'): { problem: string; fix: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return missing(issue.path);
      if (issue.input === null) {
        return {
          problem: 'is empty',
          fix: 'write a value; text starting with # is read as a comment, so put such a value in quotes: "#16days …"',
        };
      }
      if (issue.expected === 'string' && typeof issue.input === 'number') {
        return { problem: `was read as a number (${String(issue.input)})`, fix: 'put the value in quotes, e.g. phone: "+996 555 010 203"' };
      }
      if (issue.expected === 'boolean') {
        return { problem: `must be true or false, not "${String(issue.input)}"`, fix: 'write true or false (without quotes)' };
      }
      return {
        problem: `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describeType(issue.input)}`,
        fix: issue.expected === 'array' ? 'write the values as a list, e.g. [a, b]' : 'check the value',
      };
    case 'invalid_value':
      if (issue.input === undefined) return missing(issue.path);
      return {
        problem: `"${String(issue.input)}" is not allowed`,
        fix: `use one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys': {
      // "en:" left in a text after English was taken out of the site's languages (src/i18n/locales.ts).
      const dropped = issue.keys.filter((key) => /^[a-z]{2}$/.test(key) && isLanguageCode(key) && !isLocale(key));
      if (dropped.length === issue.keys.length) {
        return {
          problem: `${dropped.map((key) => `"${key}"`).join(', ')} ${dropped.length > 1 ? 'are languages' : 'is a language'} the site does not publish in (it publishes in ${locales.join(', ')})`,
          fix: `delete the line, or add the language to src/i18n/locales.ts; ${see}`,
        };
      }
      const names = issue.keys.map((key) => {
        const suggestion = suggestClosest(key, knownFields);
        return suggestion ? `"${key}" (did you mean "${suggestion}"?)` : `"${key}"`;
      });
      return {
        problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${names.join(', ')}`,
        fix: `correct the spelling or remove it; ${see}`,
      };
    }
    case 'too_small':
      return issue.origin === 'array'
        ? { problem: 'is an empty list', fix: 'add at least one item or remove the field' }
        : { problem: 'is empty', fix: 'write a value or remove the field' };
    case 'invalid_union':
      if (issue.input === undefined) return missing(issue.path);
      return { problem: 'has the wrong form', fix: `${see} for the expected form` };
    case 'custom':
      return { problem: issue.message, fix: issue.params?.fix === undefined ? see : String(issue.params.fix) };
    default:
      return { problem: issue.message, fix: see };
  }
}

/** Converts every issue of a failed zod parse into located problems. */
export function problemsFromIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (path: ReadonlyArray<string | number>) => number,
  knownFields: readonly string[] = [],
): ContentProblem[] {
  // "sumary:" gives two issues (unknown "sumary", missing "summary"): keep only the first, which names both.
  const misspelt = new Set(issues.flatMap((issue) => issue.code === 'unrecognized_keys'
    ? issue.keys.flatMap((key) => { const name = suggestClosest(key, knownFields); return name ? [[...issue.path, name].join('.')] : []; })
    : []));
  const explained = (issue: z.core.$ZodIssue) => issue.input === undefined && issue.code !== 'unrecognized_keys' && misspelt.has(issue.path.join('.'));
  const see = seeGuide(file, 'fields');
  return issues.filter((issue) => !explained(issue)).map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    // An unknown key is best pointed at by its own line, not its parent's.
    const linePath = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path;
    return {
      severity: 'error',
      file,
      line: lineOf(linePath),
      field: fieldName(path) || '(front-matter)',
      ...describeIssue(issue, knownFields, see),
    };
  });
}
