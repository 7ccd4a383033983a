import { describe, expect, it } from 'vitest';
import { richText, safeHref } from '../../../widget/src/rich-text.js';

describe('message text rendering', () => {
  it('turns URLs into links without swallowing the punctuation after them', () => {
    expect(richText('Track it at https://dhl.com/t?n=1. Thanks!')).toEqual([
      { kind: 'text', text: 'Track it at ' },
      { kind: 'link', text: 'https://dhl.com/t?n=1', href: 'https://dhl.com/t?n=1' },
      { kind: 'text', text: '. Thanks!' },
    ]);
    expect(richText('(see https://example.com/a)')[1]).toEqual({ kind: 'link', text: 'https://example.com/a', href: 'https://example.com/a' });
  });

  it('supports Markdown links and bold, nothing else', () => {
    expect(richText('Read [our returns policy](https://shop.example/returns) **today**')).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'link', text: 'our returns policy', href: 'https://shop.example/returns' },
      { kind: 'text', text: ' ' },
      { kind: 'bold', text: 'today' },
    ]);
    expect(richText('# heading and _em_')).toEqual([{ kind: 'text', text: '# heading and _em_' }]);
  });

  it('never links other schemes and keeps markup as plain text', () => {
    expect(richText('[click](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[click](javascript:alert(1))' }]);
    expect(richText('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref('HTTPS://EXAMPLE.COM')).toBe('https://example.com/');
  });
});
