/**
 * The accent colour check: WCAG contrast figures, the darker shade offered
 * for a colour that is too light, and the message the build stops with.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/config.ts';
import { run } from '../helpers/buildSite.ts';
import { contentFixture } from '../helpers/contentFixture.ts';
import { brandStylesheet } from '../../src/lib/brand/brandStylesheet.ts';
import { accentContrasts, accentTint, checkAccentContrast } from '../../src/lib/brand/checkAccentContrast.ts';
import { formatHexColor, hslToRgb, parseHexColor, rgbToHsl } from '../../src/lib/brand/color.ts';
import { contrastRatio, formatRatio } from '../../src/lib/brand/contrastRatio.ts';
import { suggestDarkerShade } from '../../src/lib/brand/suggestDarkerShade.ts';

const white = parseHexColor('#ffffff');
const passes = (hex: string) => accentContrasts(parseHexColor(hex)).every(({ ratio }) => ratio >= 4.5);

describe('contrast ratio', () => {
  it('gives the WCAG figures people know', () => {
    expect(contrastRatio(parseHexColor('#000'), white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
    // WebAIM's contrast checker: #767676 on white is 4.54:1, #777777 is 4.47:1.
    expect(formatRatio(contrastRatio(parseHexColor('#767676'), white))).toBe('4.54:1');
    expect(formatRatio(contrastRatio(white, parseHexColor('#777777')))).toBe('4.47:1');
  });

  it('rounds down, so a colour just under 4.5:1 never reads as passing', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });

  it('reads short and long hex colours and goes to HSL and back', () => {
    expect(parseHexColor('#0BF')).toEqual({ r: 0, g: 187, b: 255 });
    expect(formatHexColor(hslToRgb(rgbToHsl(parseHexColor('#2f3d8f'))))).toBe('#2f3d8f');
    expect(() => parseHexColor('teal')).toThrow(/not a colour/);
  });
});

describe('a darker shade that passes', () => {
  it('keeps a colour that passes', () => {
    expect(suggestDarkerShade('#2f3d8f', (color) => contrastRatio(color, white) >= 4.5)).toBeUndefined();
  });

  it('offers the lightest shade of the same hue that passes on white and on the tint', () => {
    const suggestion = suggestDarkerShade('#7fb3c0', (color) => passes(formatHexColor(color)))!;
    expect(passes(suggestion)).toBe(true);
    const original = rgbToHsl(parseHexColor('#7fb3c0'));
    const offered = rgbToHsl(parseHexColor(suggestion));
    expect(Math.abs(offered.h - original.h)).toBeLessThan(2);
    expect(offered.l).toBeLessThan(original.l);
    // One step lighter (half a per cent of lightness) no longer passes: nothing darker than needed.
    expect(passes(formatHexColor(hslToRgb({ ...offered, l: offered.l + 0.005 })))).toBe(false);
  });

  it('names the ratios and the suggestion in the message', () => {
    const [message] = checkAccentContrast('#7fb3c0');
    expect(message).toContain('#7fb3c0 is too light');
    expect(message).toContain('2.30:1 on the white page');
    expect(message).toContain('WCAG 2.2 AA needs 4.5:1');
    const suggestion = /"(#[0-9a-f]{6})" \((\d\.\d\d):1\)/.exec(message!);
    expect(suggestion).not.toBeNull();
    expect(passes(suggestion![1]!)).toBe(true);
    expect(Number(suggestion![2])).toBeGreaterThanOrEqual(4.5);
  });

  it('catches a colour that passes on white but not on its tint behind the event block', () => {
    expect(contrastRatio(parseHexColor('#767676'), white)).toBeGreaterThan(4.5);
    expect(checkAccentContrast('#767676')[0]).toMatch(/4\.1\d:1 on its light tint behind the event block/);
  });
});

describe('brand settings', () => {
  function contentWithBrand(yaml: string): string {
    const root = mkdtempSync(join(tmpdir(), 'newsroom-brand-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'brand.yml'), yaml);
    return root;
  }

  it('the sample brand passes', () => {
    expect(() => loadSiteConfig({})).not.toThrow();
  });

  it('content/brand.yml beside the content overrides the colours', () => {
    const config = loadSiteConfig({ CONTENT_ROOT: contentWithBrand('accent: "#8a2b52"\nsecondary: "#2a9d8f"\n') });
    expect(config.brand.accent).toBe('#8a2b52');
    expect(config.brand.secondary).toBe('#2a9d8f');
    expect(config.brand.logo).toBe(loadSiteConfig({}).brand.logo);
  });

  it('a too-light accent stops with the ratio, a suggestion and where it was set', () => {
    expect(() => loadSiteConfig({ CONTENT_ROOT: contentWithBrand('accent: "#7fb3c0"\n') })).toThrow(
      /content[/\\]brand\.yml in the content folder[\s\S]*brand\.accent: #7fb3c0 is too light[\s\S]*2\.30:1[\s\S]*"#[0-9a-f]{6}" \(4\.\d\d:1\)/,
    );
  });

  it('a mistyped setting or colour is named', () => {
    expect(() => loadSiteConfig({ CONTENT_ROOT: contentWithBrand('acent: "#8a2b52"\n') })).toThrow(/brand: Unrecognized key: "acent"/);
    expect(() => loadSiteConfig({ CONTENT_ROOT: contentWithBrand('accent: teal\n') })).toThrow(/brand\.accent: must be a colour written as "#"/);
    expect(() => loadSiteConfig({ CONTENT_ROOT: contentWithBrand('logo: logo.gif\n') })).toThrow(/brand\.logo: must be an SVG or PNG file in public\//);
  });

  it('becomes CSS custom properties, with the tint and the second colour', () => {
    expect(brandStylesheet({ accent: '#8A2B52', secondary: '#2a9d8f' })).toContain(`:root {\n  --accent: #8a2b52;\n  --accent-soft: ${accentTint('#8a2b52')};\n  --brand-secondary: #2a9d8f;\n}`);
    expect(brandStylesheet({ accent: '#2f3d8f' })).toContain('--brand-secondary: #2f3d8f;');
  });
});

describe('npm run validate', () => {
  it('checks the brand of the folder it is given: colour and files, naming content/brand.yml', async () => {
    const light = await run('node', ['scripts/validate.ts', '--root', contentFixture({ 'brand.yml': 'accent: "#7fb3c0"\n' }, 'brand')], {});
    expect(light.exitCode).toBe(1);
    expect(light.output).toMatch(/brand\.accent: #7fb3c0 is too light[\s\S]*"#[0-9a-f]{6}" \(4\.5\d:1\)/);
    const missing = await run('node', ['scripts/validate.ts', '--root', contentFixture({ 'brand.yml': 'logo: /brand/our-logo.png\n' }, 'brand')], {});
    expect(missing.exitCode).toBe(1);
    expect(missing.output).toContain('content/brand.yml:1  logo: "/brand/our-logo.png" is not in the public folder  (put the file at public/brand/our-logo.png, or correct the name)');
    const good = await run('node', ['scripts/validate.ts', '--root', contentFixture({}, 'brand')], {});
    expect([good.exitCode, good.output]).toEqual([0, expect.stringContaining('no errors')]);
  });
});
