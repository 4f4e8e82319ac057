/**
 * Reads which Unicode code points a WOFF (1.0) font maps to glyphs, from its
 * `cmap` table. Small on purpose: glyph coverage is checked in the main
 * thread before any card is laid out, without loading satori.
 */
import { inflateSync } from 'node:zlib';

function readTable(woff: Buffer, wanted: string): Buffer | undefined {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file (WOFF2 and TTF are not read here)');
  const numTables = woff.readUInt16BE(12);
  for (let index = 0; index < numTables; index++) {
    const entry = 44 + index * 20;
    if (woff.toString('latin1', entry, entry + 4) !== wanted) continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compLength);
    return compLength < origLength ? inflateSync(data) : data;
  }
  return undefined;
}

function addFormat4(cmap: Buffer, start: number, into: Set<number>): void {
  const segCount = cmap.readUInt16BE(start + 6) / 2;
  const ends = start + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let segment = 0; segment < segCount; segment++) {
    const end = cmap.readUInt16BE(ends + segment * 2);
    const first = cmap.readUInt16BE(starts + segment * 2);
    const delta = cmap.readInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let code = first; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const glyphAt = rangeOffsetAt + rangeOffset + (code - first) * 2;
        const raw = cmap.readUInt16BE(glyphAt);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(code);
    }
  }
}

function addFormat12(cmap: Buffer, start: number, into: Set<number>): void {
  const groups = cmap.readUInt32BE(start + 12);
  for (let group = 0; group < groups; group++) {
    const at = start + 16 + group * 12;
    const first = cmap.readUInt32BE(at);
    const last = cmap.readUInt32BE(at + 4);
    const glyph = cmap.readUInt32BE(at + 8);
    for (let code = first; code <= last; code++) if (glyph + (code - first) !== 0) into.add(code);
  }
}

/** Every code point the font has a (non-.notdef) glyph for. */
export function readWoffCoverage(woff: Buffer): Set<number> {
  const cmap = readTable(woff, 'cmap');
  if (!cmap) throw new Error('the font has no cmap table');
  const covered = new Set<number>();
  const count = cmap.readUInt16BE(2);
  for (let index = 0; index < count; index++) {
    const record = 4 + index * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    const start = cmap.readUInt32BE(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.readUInt16BE(start);
    if (format === 4) addFormat4(cmap, start, covered);
    else if (format === 12) addFormat12(cmap, start, covered);
  }
  return covered;
}
