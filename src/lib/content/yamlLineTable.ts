import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** Kind of a YAML node, as far as line lookup needs it: map, sequence, or anything else. */
type NodeKind = 'm' | 's' | 'x';

/**
 * Every key and list item of a YAML document with the line it starts on,
 * as plain data: what `lineOf` needs, without the syntax tree. It is what the
 * per-file content cache keeps (contentFileCache.ts), so a file read from the
 * cache reports its problems on the same lines as a freshly parsed one.
 * Keys: the path's segments, each prefixed `m` (map key) or `s` (list index), joined by NUL.
 */
export interface YamlLineTable {
  /** Line added to the tree's 1-based lines: the file line of the YAML text's first line, minus one. */
  offset: number;
  rootKind: NodeKind;
  /** path key → [line in the YAML text (1-based), kind of the value there]. */
  entries: Record<string, [number, NodeKind]>;
}

function kindOf(node: unknown): NodeKind {
  return isMap(node) ? 'm' : isSeq(node) ? 's' : 'x';
}

/** Records the line of every key and list item of `document` (YAML text starting at file line `startLine`). */
export function yamlLineTable(document: Document, counter: LineCounter, startLine: number): YamlLineTable {
  const entries: YamlLineTable['entries'] = Object.create(null) as YamlLineTable['entries'];
  const visit = (node: unknown, prefix: string, line: number) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = `${prefix}\0m${String(pair.key.value)}`;
        // The first pair with a key wins, as in a lookup that searches the map in order.
        if (key in entries) continue;
        const keyNode = pair.key as Node;
        const keyLine = keyNode.range ? counter.linePos(keyNode.range[0]).line : line;
        entries[key] = [keyLine, kindOf(pair.value)];
        visit(pair.value, key, keyLine);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (!item) return;
        const itemNode = item as Node;
        const itemLine = itemNode.range ? counter.linePos(itemNode.range[0]).line : line;
        const key = `${prefix}\0s${index}`;
        entries[key] = [itemLine, kindOf(item)];
        visit(item, key, itemLine);
      });
    }
  };
  visit(document.contents, '', 0);
  return { offset: startLine - 1, rootKind: kindOf(document.contents), entries };
}

/**
 * The file line of the value at `path`, or of its nearest parent that
 * exists; the line before the YAML text (the opening `---`) when not even the
 * first key exists.
 */
export function lineInTable(table: YamlLineTable, path: ReadonlyArray<string | number>): number {
  let prefix = '';
  let kind = table.rootKind;
  let line = 0;
  for (const segment of path) {
    let key: string;
    if (kind === 'm') key = `${prefix}\0m${String(segment)}`;
    else if (kind === 's' && typeof segment === 'number') key = `${prefix}\0s${segment}`;
    else break;
    const entry = table.entries[key];
    if (!entry) break;
    [line, kind] = entry;
    prefix = key;
  }
  return line + table.offset;
}
