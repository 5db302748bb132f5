// Unit tests: `*.test.ts(x)` beside the modules they test. Browser tests (`tests/e2e/*.e2e.ts`) have their own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: {
      // Outside an extension the polyfill refuses to load; unit tests get a stand-in with no browser behind it.
      'webextension-polyfill': new URL('./tests/support/no-extension.ts', import.meta.url).pathname,
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
