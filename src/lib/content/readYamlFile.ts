import { FrontMatterError, normalizeText, parseYaml, readUtf8File, type YamlSource } from './parseFrontMatter.ts';
import type { ContentProblem } from './problems.ts';

/** A YAML data file, parsed, or the problem that stopped it. */
export type YamlFileResult =
  | { ok: true; data: unknown; lineOf: (path: ReadonlyArray<string | number>) => number; yaml: YamlSource }
  | { ok: false; problem: ContentProblem };

/** Reads a YAML file (BOM and CRLF tolerated) without executing anything. */
export function readYamlFile(absolutePath: string, file: string): YamlFileResult {
  try {
    const { data, lineOf, yaml } = parseYaml(normalizeText(readUtf8File(absolutePath)));
    return { ok: true, data, lineOf, yaml };
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    return {
      ok: false,
      problem: { severity: 'error', file, line: error.line, field: error.field ?? '(file)', problem: error.message, fix: error.fix },
    };
  }
}
