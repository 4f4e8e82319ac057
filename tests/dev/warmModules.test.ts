/**
 * The dev server's head start on its first page (src/lib/dev/warmModules.ts):
 * every module the page needs is transformed once, failures and cycles
 * included, and nothing Vite does not transform itself is asked for.
 */
import { describe, expect, it } from 'vitest';
import { isTransformedImport, warmModules, type TransformingEnvironment } from '../../src/lib/dev/warmModules.ts';

/** A fake environment: each module's imports, and the order it was asked for them. */
function environment(graph: Record<string, string[] | Error>): TransformingEnvironment & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async transformRequest(url) {
      asked.push(url);
      const imports = graph[url];
      if (imports instanceof Error) throw imports;
      if (!imports) throw new Error(`no module ${url}`);
      // Vite lists static imports as deps and import() targets as dynamicDeps.
      return { deps: imports.filter((name) => !name.startsWith('dynamic:')), dynamicDeps: imports.filter((name) => name.startsWith('dynamic:')).map((name) => name.slice('dynamic:'.length)) };
    },
  };
}

describe('warmModules', () => {
  it('transforms the roots and everything they import once, following cycles and import() without looping', async () => {
    const env = environment({
      'virtual:astro:server-app': ['/@fs/astro/render.js', '/@id/__x00__astro:content'],
      '/src/pages/index.astro': ['/src/layouts/Base.astro', 'i18next', 'dynamic:/src/lib/search.ts'],
      '/src/layouts/Base.astro': ['/src/pages/index.astro', '/@fs/astro/render.js'],
      '/@fs/astro/render.js': [],
      '/src/lib/search.ts': [],
      '/@id/__x00__astro:content': ['/@id/__x00__astro:data-layer-content', 'zod'],
    });
    const count = await warmModules(env, ['virtual:astro:server-app', '/src/pages/index.astro']);
    expect(count).toBe(6);
    expect([...env.asked].sort()).toStrictEqual(['/@fs/astro/render.js', '/@id/__x00__astro:content', '/src/layouts/Base.astro', '/src/lib/search.ts', '/src/pages/index.astro', 'virtual:astro:server-app']);
  });

  it('skips a module that fails and still warms the rest', async () => {
    const env = environment({
      '/src/pages/a.astro': ['/src/broken.ts', '/src/fine.ts'],
      '/src/broken.ts': new Error('Unexpected token'),
      '/src/fine.ts': [],
    });
    await expect(warmModules(env, ['/src/pages/a.astro', 'virtual:astro:renamed-in-a-later-astro'])).resolves.toBe(2);
    expect(env.asked).toContain('/src/fine.ts');
  });

  it('follows only what Vite transforms: served paths and virtual modules, not packages or the content store', () => {
    expect(['/src/x.ts', '/@fs/work/node_modules/astro/dist/x.js', '/@id/virtual:newsroom/brand.css', '/@id/__x00__astro:content', 'virtual:astro:server-app'].every(isTransformedImport)).toBe(true);
    expect(['i18next', 'node:fs', '@astrojs/sitemap', '/@id/__x00__astro:data-layer-content'].some(isTransformedImport)).toBe(false);
  });
});
