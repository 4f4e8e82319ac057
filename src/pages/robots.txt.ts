/** `/robots.txt`: crawl everything, and the sitemap's address (src/lib/robotsTxt.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robotsTxt.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () => new Response(robotsTxt(absoluteUrl('/sitemap-index.xml')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
