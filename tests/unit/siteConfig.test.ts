/**
 * The site address: a path in SITE_URL used to be dropped from every
 * canonical, feed and calendar address without a word.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/config.ts';

describe('the site address (SITE_URL / url)', () => {
  it('takes the host with or without a trailing slash', () => {
    expect(loadSiteConfig({ SITE_URL: 'https://ngo.example.kg/' }).url).toBe('https://ngo.example.kg');
    expect(loadSiteConfig({ SITE_URL: 'https://ngo.example.kg', BASE_PATH: '/press/' }).basePath).toBe('/press/');
  });

  it('refuses a path, a query or a fragment, and says the path goes in BASE_PATH', () => {
    for (const url of ['https://ngo.example.kg/press/', 'https://ngo.example.kg/press', 'https://ngo.example.kg/?lang=ky', 'https://ngo.example.kg/#top']) {
      expect(() => loadSiteConfig({ SITE_URL: url }), url).toThrow(/url: must be the address of the site's host only.*goes in BASE_PATH/);
    }
  });
});
