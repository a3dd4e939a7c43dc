import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import entryOnly from './lint/entry-only.js';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.output-quota/',
      '.output-probe/',
      '.wxt/',
      'bench/out/',
      'coverage/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // lib/ is pure: it must never reach the browser's extension APIs.
    },
  },
  {
    // A lib/ folder is entered through its index.ts (lint/entry-only.js); test/citation holds lib/export's citation
    // tests, test/extract the site profiles' (lib/profiles) besides the extractor's.
    files: ['**/*.{js,mjs,ts,tsx}'],
    plugins: { local: { rules: { 'entry-only': entryOnly } } },
    rules: { 'local/entry-only': ['error', { testHomes: { citation: ['export'], extract: ['profiles'] } }] },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      // linkedom is Node's DOM (node/parse-html.ts): in lib/ it would ship to the browser, which has its own.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt/*',
            'webextension-polyfill',
            '#imports',
            '@/platform/*',
            '../platform/*',
            'linkedom',
            'linkedom/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    // Only platform/ talks to the browser: components and entrypoints (the background included) go through it.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['wxt/browser', 'webextension-polyfill', 'wxt/utils/storage', 'linkedom'] },
      ],
    },
  },
);
