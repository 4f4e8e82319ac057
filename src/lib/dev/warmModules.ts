/**
 * Transforms a module graph ahead of the first request: each root, then,
 * recursively and concurrently, every import the environment itself
 * transforms. The results land in the environment's transform cache, where
 * the first page's request finds them.
 */

/** The part of a Vite dev environment this needs (`DevEnvironment.transformRequest`). */
export interface TransformingEnvironment {
  transformRequest(url: string): Promise<{ deps?: string[] | undefined; dynamicDeps?: string[] | undefined } | null>;
}

/**
 * True for an import the environment transforms itself: a served path
 * ("/src/…", "/@fs/…", "/@id/__x00__astro:content") or a virtual module
 * root ("virtual:astro:server-app"). Bare package names ("zod", "node:fs")
 * are loaded by Node, untransformed. The content layer's data module is left
 * out: it holds the content store, which is still being written while this runs.
 */
export function isTransformedImport(url: string): boolean {
  return (url.startsWith('/') || url.startsWith('virtual:') || url.startsWith('astro:')) && !url.includes('data-layer');
}

/**
 * Transforms `roots` and what they import (see isTransformedImport). A module
 * that fails is skipped: the request that needs it reports the error, as it
 * would without this. Resolves with the number of modules transformed.
 */
export async function warmModules(environment: TransformingEnvironment, roots: readonly string[]): Promise<number> {
  const seen = new Set<string>();
  let transformed = 0;
  const warm = async (url: string): Promise<void> => {
    if (seen.has(url)) return;
    seen.add(url);
    const result = await environment.transformRequest(url).catch(() => null);
    if (!result) return;
    transformed++;
    const imports = [...(result.deps ?? []), ...(result.dynamicDeps ?? [])];
    await Promise.all(imports.filter(isTransformedImport).map(warm));
  };
  await Promise.all(roots.map(warm));
  return transformed;
}
