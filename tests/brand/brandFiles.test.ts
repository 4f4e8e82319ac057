/**
 * Icons, manifests, the security headers and social-card cache keys, without
 * a build: favicon.ico is read back as Windows reads it, icons decoded with
 * sharp, the _headers file parsed as the hosts parse it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { locateBrandFile, missingBrandFiles } from '../../src/lib/brand/brandFiles.ts';
import { generateFavicons, ICON_PATHS, type GeneratedFile } from '../../src/lib/brand/faviconSet.ts';
import { writeIco } from '../../src/lib/brand/icoFile.ts';
import { webManifest } from '../../src/lib/brand/webManifest.ts';
import { contentSecurityPolicy, securityHeaders } from '../../src/lib/security/contentSecurityPolicy.ts';
import { headersFile, parseHeadersFile } from '../../src/lib/security/headersFile.ts';
import { cardCacheKey } from '../../src/og/cardCache.ts';
import type { CardModel } from '../../src/og/cardTemplate.ts';
import { projectRoot } from '../helpers/buildSite.ts';

const SAMPLE_LOGO = join(projectRoot, 'public', 'brand', 'civic-coalition.svg');
const SAMPLE_LOGO_ON_DARK = join(projectRoot, 'public', 'brand', 'civic-coalition-on-dark.svg');

/** Reads an .ico file the way Windows and browsers do: header, directory, images. */
function parseIco(bytes: Buffer): Array<{ width: number; height: number; bitCount: number; png: Buffer }> {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + 16 * index;
    const size = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    return {
      width: bytes.readUInt8(entry) || 256,
      height: bytes.readUInt8(entry + 1) || 256,
      bitCount: bytes.readUInt16LE(entry + 6),
      png: bytes.subarray(offset, offset + size),
    };
  });
}

const fileOf = (files: GeneratedFile[], path: string) => files.find((file) => file.path === path)?.data;

describe('favicon.ico', () => {
  it('holds the PNG images at their sizes, one after another', async () => {
    const pngs = await Promise.all([16, 256].map((size) => sharp({ create: { width: size, height: size, channels: 4, background: '#2f3d8f' } }).png().toBuffer()));
    const images = parseIco(writeIco([{ size: 16, png: pngs[0]! }, { size: 256, png: pngs[1]! }]));
    expect(images.map(({ width, height, bitCount }) => [width, height, bitCount])).toEqual([[16, 16, 32], [256, 256, 32]]);
    expect(images.map(({ png }) => png)).toEqual(pngs);
  });

  it('refuses an image size an icon cannot hold', () => {
    expect(() => writeIco([{ size: 300, png: new Uint8Array() }])).toThrow(/1 to 256 pixels/);
  });
});

describe('icons made from the logo', () => {
  it('from an SVG: favicon.ico at 16, 32 and 48 px, favicon.svg, and opaque home-screen icons on the accent colour', async () => {
    const files = await generateFavicons({ favicon: SAMPLE_LOGO, tile: { file: SAMPLE_LOGO_ON_DARK, background: '#2f3d8f' } });
    expect(files.map(({ path }) => path).sort()).toEqual(Object.values(ICON_PATHS).sort());
    const icoImages = parseIco(fileOf(files, ICON_PATHS.ico)!);
    for (const [index, image] of icoImages.entries()) {
      const metadata = await sharp(image.png).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', [16, 32, 48][index], [16, 32, 48][index]]);
    }
    expect(fileOf(files, ICON_PATHS.svg)!.toString()).toContain('<svg');
    for (const [path, size] of [[ICON_PATHS.appleTouch, 180], [ICON_PATHS.manifest192, 192], [ICON_PATHS.manifest512, 512]] as const) {
      const { data, info } = await sharp(fileOf(files, path)!).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels], path).toEqual([size, size, 3]); // no transparency: iOS would fill it with black
      expect([...data.subarray(0, 3)], `${path} corner`).toEqual([0x2f, 0x3d, 0x8f]);
      let logoPixels = 0;
      for (let offset = 0; offset < data.length; offset += 3) if (data[offset] !== 0x2f || data[offset + 1] !== 0x3d || data[offset + 2] !== 0x8f) logoPixels += 1;
      expect(logoPixels / (size * size), `${path}: share of the logo`).toBeGreaterThan(0.15);
    }
  });

  it('from a PNG: no favicon.svg, the rest the same, on white without a logo for dark backgrounds', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsroom-icons-'));
    const png = join(folder, 'logo.png');
    await sharp(SAMPLE_LOGO, { density: 300 }).resize(400, 200, { fit: 'contain', background: '#0000' }).png().toFile(png);
    const files = await generateFavicons({ favicon: png, tile: { file: png, background: '#ffffff' } });
    expect(fileOf(files, ICON_PATHS.svg)).toBeUndefined();
    expect(parseIco(fileOf(files, ICON_PATHS.ico)!).map(({ width }) => width)).toEqual([16, 32, 48]);
    const { data } = await sharp(fileOf(files, ICON_PATHS.appleTouch)!).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });
});

describe('brand files', () => {
  it('are found in the served public folder first, then in the project one', () => {
    const served = mkdtempSync(join(tmpdir(), 'newsroom-public-'));
    const project = join(projectRoot, 'public');
    expect(locateBrandFile('/brand/civic-coalition.svg', { served, project })).toMatchObject({ served: false, absolutePath: SAMPLE_LOGO });
    mkdirSync(join(served, 'brand'));
    writeFileSync(join(served, 'brand', 'civic-coalition.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(locateBrandFile('/brand/civic-coalition.svg', { served, project })).toMatchObject({ served: true });
    expect(locateBrandFile('/../package.json', { served, project })).toBeUndefined();
  });

  it('a missing one is named with the folders looked in', () => {
    const served = mkdtempSync(join(tmpdir(), 'newsroom-public-'));
    const problems = missingBrandFiles({ logo: '/brand/ours.svg', logoAlt: { ky: 'a', ru: 'a', en: 'a' }, accent: '#2f3d8f' }, { served, project: join(projectRoot, 'public') });
    expect(problems).toEqual([expect.stringContaining(`"/brand/ours.svg" named in the site configuration is not in ${served} or ${join(projectRoot, 'public')}`)]);
  });
});

describe('web app manifest', () => {
  it('names the site in the language, opens its home page and lists the icons under the base path', () => {
    const manifest = JSON.parse(webManifest({ name: 'Жарандык коалиция', lang: 'ky', description: 'Пресс-релиздер', startUrl: '/newsroom/ky/', scope: '/newsroom/', themeColor: '#2f3d8f' }));
    expect(manifest).toMatchObject({ name: 'Жарандык коалиция', lang: 'ky', start_url: '/newsroom/ky/', scope: '/newsroom/', display: 'browser', theme_color: '#2f3d8f' });
    expect(manifest.icons).toEqual([
      { src: '/newsroom/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/newsroom/icon-512.png', sizes: '512x512', type: 'image/png' },
    ]);
  });
});

describe('security headers', () => {
  it('the meta policy leaves out what a meta element cannot carry', () => {
    expect(contentSecurityPolicy('header')).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('meta')).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    for (const policy of [contentSecurityPolicy('header'), contentSecurityPolicy('meta')]) {
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    }
  });

  it('_headers applies them to every address and keeps the newsroom\'s own rules', () => {
    const rules = parseHeadersFile(headersFile('/files/*\n  Cache-Control: max-age=3600\n'));
    expect(rules.map(({ path }) => path)).toEqual(['/*', '/files/*']);
    expect(rules[0]!.headers).toEqual(securityHeaders());
    expect(Object.fromEntries(rules[0]!.headers)).toMatchObject({
      'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringContaining('camera=(), '),
    });
    expect(rules[1]!.headers).toEqual([['Cache-Control', 'max-age=3600']]);
  });
});

describe('social card cache key', () => {
  const model: CardModel = { kind: 'release', lang: 'en', brand: 'Newsroom', host: 'example.org', title: 'A title', accent: '#2f3d8f', accentSoft: '#eeeff6', logo: { src: 'data:image/svg+xml;base64,AAAA', width: 96, height: 96 } };

  it('changes with the accent colour and the logo', () => {
    const key = cardCacheKey(model, 'fonts', 'resvg+sharp');
    expect(cardCacheKey({ ...model, accent: '#8a2b52' }, 'fonts', 'resvg+sharp')).not.toBe(key);
    expect(cardCacheKey({ ...model, logo: { ...model.logo!, src: 'data:image/svg+xml;base64,BBBB' } }, 'fonts', 'resvg+sharp')).not.toBe(key);
    expect(cardCacheKey({ ...model }, 'fonts', 'resvg+sharp')).toBe(key);
  });
});
