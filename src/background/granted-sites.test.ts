import { describe, expect, it } from 'vitest';
import { extraOrigins } from './granted-sites.ts';

describe('extraOrigins', () => {
  it('keeps the sites the reader granted, not the ones the manifest already covers', () => {
    const manifest = ['*://meduza.io/*', '*://*.meduza.io/*', 'http://127.0.0.1/*'];
    const granted = ['*://meduza.io/*', 'https://example.org/*', 'http://127.0.0.1/*', 'https://example.org/*', 'https://a.example/*'];
    expect(extraOrigins(granted, manifest)).toEqual(['https://a.example/*', 'https://example.org/*']);
  });

  it('never registers the optional wildcards themselves', () => {
    expect(extraOrigins(['http://*/*', 'https://*/*', '*://*/*', '<all_urls>'], [])).toEqual([]);
  });
});
