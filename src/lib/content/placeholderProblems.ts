/**
 * `npm run new` leaves "TODO:" where the author must write something: in
 * values, in "# TODO: …" notes beside values that look real (example event
 * times), and in the text. None of it may be published. The check reads the
 * front-matter as written, not the validated data, so a file with other
 * errors gets its placeholders reported in the same run.
 */
import { seeGuide } from './authorGuide.ts';
import { normalizeText, type FrontMatterFile } from './parseFrontMatter.ts';
import { fieldName, type ContentProblem } from './problems.ts';

/** Marks text `npm run new` leaves for the author to write; never published. */
export const PLACEHOLDER = 'TODO:';

/** A YAML comment starting with the placeholder: "start: "…"  # TODO: the real start". */
const PLACEHOLDER_NOTE = new RegExp(`\\s#\\s*(${PLACEHOLDER}.*)$`);

type Path = Array<string | number>;

/**
 * Example values `npm run new` writes where a real one looks alike: an
 * author who deletes the "# TODO:" note but not the example would publish a
 * phone number nobody answers. Used by the templates, so they cannot drift.
 */
export const TEMPLATE_EXAMPLES = {
  venuePhone: '+996 312 000 000',
  map: 'https://2gis.kg/bishkek',
  livestream: 'https://www.youtube.com/',
  contactPhone: '+996 555 000 000',
  /** Written by the organisation template (npm run new -- --new-organization). */
  website: 'https://example.org',
  contactEmail: 'press@example.org',
} as const;

const EXAMPLE_VALUES = new Set<unknown>(Object.values(TEMPLATE_EXAMPLES));

/** The path of every string value under `value` that `matches`. */
function stringPaths(value: unknown, matches: (text: string) => boolean, path: Path = []): Path[] {
  if (typeof value === 'string') return matches(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, matches, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, matches, [...path, key]));
  return [];
}

/** Every string value under `value` that is still an example value of a template, with its path. */
export function exampleValues(value: unknown): Path[] {
  return stringPaths(value, (text) => EXAMPLE_VALUES.has(text.trim()));
}

/** Every string value under `value` that contains the placeholder, with its path. */
export function placeholderValues(value: unknown): Path[] {
  return stringPaths(value, (text) => text.includes(PLACEHOLDER));
}

/** The value at `path` in parsed front-matter or YAML. */
export function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

/** "event.start" for the `start:` line under `event:`, "contacts.role" in a list item (found by indentation). */
export function fieldOnLine(lines: readonly string[], index: number): string {
  // The key's column counts a list dash: "  - name:" and "    role:" are siblings.
  const keyOf = (line: string) => {
    const match = /^(\s*(?:-\s+)*)([\w-]+)\s*:/.exec(line);
    return match ? { column: match[1]!.length, key: match[2]! } : undefined;
  };
  const own = keyOf(lines[index] ?? '');
  if (!own) return '(front-matter)';
  const path = [own.key];
  let column = own.column;
  for (let above = index - 1; above > 0 && column > 0; above--) {
    const parent = keyOf(lines[above] ?? '');
    if (parent && parent.column < column) {
      path.unshift(parent.key);
      column = parent.column;
    }
  }
  return path.join('.');
}

/** "# TODO: …" notes in YAML lines `from`..`to` (0-based, end excluded), except on lines whose value already has the placeholder. */
export function placeholderNotes(lines: readonly string[], from: number, to: number): Array<{ index: number; note: string; field: string }> {
  const notes: Array<{ index: number; note: string; field: string }> = [];
  for (let index = from; index < to; index++) {
    const line = lines[index] ?? '';
    const note = PLACEHOLDER_NOTE.exec(line)?.[1];
    if (note === undefined || line.split('#')[0]!.includes(PLACEHOLDER)) continue;
    notes.push({ index, note: note.trim(), field: fieldOnLine(lines, index) });
  }
  return notes;
}

/**
 * Placeholders left in a release that is about to be published (not a
 * draft): values, "# TODO:" notes and the text, each with its line.
 */
export function placeholderProblems(file: string, raw: string, parsed: FrontMatterFile): ContentProblem[] {
  if (parsed.data.draft === true) return [];
  const see = seeGuide(file, 'todo');
  const problems: ContentProblem[] = placeholderValues(parsed.data).map((path) => ({
    severity: 'error', file, line: parsed.lineOf(path), field: fieldName(path),
    problem: `still has the "${PLACEHOLDER}" placeholder`, fix: `write the real text (or delete the line if the field is optional), or put back "draft: true" until it is ready; ${see}`,
  }));
  for (const path of exampleValues(parsed.data)) {
    problems.push({
      severity: 'error', file, line: parsed.lineOf(path), field: fieldName(path),
      problem: `is still the example value "${String(valueAt(parsed.data, path)).trim()}" that npm run new wrote`,
      fix: `write the real one, or delete the line if the field is optional; ${see}`,
    });
  }
  // Same line split and closing fence as the parser, so line numbers agree with its messages.
  const lines = normalizeText(raw).split('\n');
  const closing = parsed.bodyStartLine - 1;
  for (const { index, note, field } of placeholderNotes(lines, 1, closing)) {
    problems.push({
      severity: 'error', file, line: index + 1, field,
      problem: `still has the note "${note}"`, fix: `set the real value and delete the note (or the whole line if the field is optional), or put back "draft: true" until it is ready; ${see}`,
    });
  }
  const bodyLine = lines.findIndex((line, index) => index > closing && line.includes(PLACEHOLDER));
  if (bodyLine !== -1) {
    problems.push({
      severity: 'error', file, line: bodyLine + 1, field: '(text)',
      problem: `the text still has the "${PLACEHOLDER}" placeholder`, fix: `write the release text, or put back "draft: true" until it is ready; ${see}`,
    });
  }
  return problems;
}
