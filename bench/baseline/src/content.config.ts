/** One collection: every `content/releases/<slug>/<lang>.md` under CONTENT_ROOT, via Astro's glob loader. */
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = resolve(process.env.CONTENT_ROOT ?? '.');

export const collections = {
  releases: defineCollection({
    loader: glob({ pattern: '*/*.md', base: resolve(root, 'content', 'releases') }),
    schema: z.object({
      title: z.string(),
      summary: z.string(),
      type: z.string(),
      date: z.string(),
      tags: z.array(z.string()).default([]),
    }),
  }),
};
