/**
 * The configured logo as pages show it: its address with the base path and
 * its pixel size (for width and height, so the header does not jump while
 * it loads). Read once per build.
 */
import { resolvePublicDir, siteConfig } from '../../config.ts';
import { withBase } from '../urls.ts';
import { imageDimensions, locateBrandFile, publicFoldersOf } from './brandFiles.ts';

export interface SiteLogo {
  src: string;
  width: number;
  height: number;
}

let memo: Promise<SiteLogo> | undefined;

/** The logo of this build (pages run with the project folder as working directory, like ContentProblems). */
export function siteLogo(projectRoot: string = process.cwd()): Promise<SiteLogo> {
  memo ??= (async () => {
    const { logo } = siteConfig.brand;
    const file = locateBrandFile(logo, publicFoldersOf(projectRoot, resolvePublicDir(projectRoot)));
    // A missing file stops the build earlier (brandIntegration.ts); in dev, a square placeholder size keeps the page up.
    const size = file ? await imageDimensions(file.absolutePath) : { width: 1, height: 1 };
    return { src: withBase(logo), width: size.width, height: size.height };
  })();
  return memo;
}
