/**
 * The brand's colours as CSS custom properties, served as a stylesheet of
 * its own (the virtual module in brandIntegration.ts) after global.css, so
 * every page takes its colours from the config without an inline style.
 */
import type { BrandConfig } from '../../config.ts';
import { accentTint } from './checkAccentContrast.ts';

/** `:root { --accent: …; --accent-soft: …; --brand-secondary: … }` */
export function brandStylesheet(brand: Pick<BrandConfig, 'accent' | 'secondary'>): string {
  return [
    '/* Generated from the brand settings in src/config.ts (or content/brand.yml). */',
    ':root {',
    `  --accent: ${brand.accent.toLowerCase()};`,
    `  --accent-soft: ${accentTint(brand.accent)};`,
    `  --brand-secondary: ${(brand.secondary ?? brand.accent).toLowerCase()};`,
    '}',
    '',
  ].join('\n');
}
