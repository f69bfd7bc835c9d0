// One lint setup for the whole repo. The two architecture rules that matter most:
// main/core stays plain Node (no electron), and only the renderer's bridge adapter
// touches the preload global.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.cache/**', 'node_modules/**', 'test-results/**', 'docs/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['main/core/**', 'main/sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'main/core and main/sandbox are plain Node: inject what you need from main/.' }] },
      ],
    },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/src/bridge.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'dealerDesk', message: 'Use renderer/src/bridge.ts, the only file that touches the preload bridge.' },
      ],
      // A regex, not gitignore globs: a glob cannot re-include files under an excluded directory,
      // so `!**/main/core/validation/*` never took effect.
      // main/core/market is pure logic the renderer shares (link reading, statistics, the odometer rule); its zod schema stays in main.
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)main/(?!core/(domain|errors|validation/[^/]+|market/(?!evidence-schema)[^/]+|appraisal/(types|offer|filter))$)', message: 'The renderer talks to main only through the bridge.' }] }],
    },
  },
);
