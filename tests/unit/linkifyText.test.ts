import { describe, expect, it } from 'vitest';
import { linkifyText } from '../../src/lib/linkifyText.ts';

describe('linkifyText', () => {
  it('links web addresses, e-mails and phone numbers, leaving punctuation outside', () => {
    expect(linkifyText('Register at https://example.org/press2026, or write to press@example.org or call +996 555 010 203.')).toEqual([
      { text: 'Register at ' },
      { text: 'https://example.org/press2026', href: 'https://example.org/press2026' },
      { text: ', or write to ' },
      { text: 'press@example.org', href: 'mailto:press@example.org' },
      { text: ' or call ' },
      { text: '+996 555 010 203', href: 'tel:+996555010203' },
      { text: '.' },
    ]);
  });

  it('returns plain text untouched', () => {
    expect(linkifyText('Каттоо талап кылынбайт')).toEqual([{ text: 'Каттоо талап кылынбайт' }]);
  });

  it('never creates a javascript: link', () => {
    expect(linkifyText('javascript:alert(1)').every((segment) => segment.href === undefined)).toBe(true);
  });
});
