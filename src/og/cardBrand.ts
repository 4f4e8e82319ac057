/**
 * The brand as social cards show it: the accent colour and its tint, and
 * the logo embedded as a data: URL with its pixel size. Part of every card
 * model, so a new logo or colour changes every card's cache key.
 */
import { readFile } from 'node:fs/promises';
import { resolvePublicDir, siteConfig, type BrandConfig } from '../config.ts';
import { imageDimensions, locateBrandFile, publicFoldersOf } from '../lib/brand/brandFiles.ts';
import { accentTint } from '../lib/brand/checkAccentContrast.ts';
import type { CardModel } from './cardTemplate.ts';

/** The card model fields that come from the brand. */
export type CardBrand = Required<Pick<CardModel, 'accent' | 'accentSoft'>> & Pick<CardModel, 'logo'>;

/** Reads the logo of `brand` (the build's public folders) into card fields. */
export async function cardBrand(contentRoot: string, projectRoot: string = process.cwd(), brand: BrandConfig = siteConfig.brand): Promise<CardBrand> {
  const colours = { accent: brand.accent.toLowerCase(), accentSoft: accentTint(brand.accent) };
  const file = locateBrandFile(brand.logo, publicFoldersOf(projectRoot, resolvePublicDir(projectRoot, contentRoot)));
  if (!file) return colours;
  const [bytes, size] = await Promise.all([readFile(file.absolutePath), imageDimensions(file.absolutePath)]);
  const type = size.format === 'svg' ? 'image/svg+xml' : 'image/png';
  return { ...colours, logo: { src: `data:${type};base64,${bytes.toString('base64')}`, width: size.width, height: size.height } };
}
