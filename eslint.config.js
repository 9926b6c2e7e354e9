import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layering rule of DESIGN.md, enforced: shared/ imports nothing of ours and no platform;
// renderer/ imports only shared/; electron/ never imports renderer/; only main.ts, preload.ts and
// `*-electron.ts` adapters may load the `electron` module (type-only imports are free: they vanish).
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util'];
const electronModule = { name: 'electron', message: 'Only main.ts, preload.ts and *-electron.ts adapters may load electron.', allowTypeImports: true };

/** A no-restricted-imports rule for one layer. */
const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: nodeBuiltins, message: 'shared/ is pure: no Node I/O.' },
        { group: ['**/electron/**', '**/renderer/**', 'electron', 'react', 'react-dom', 'zustand'], message: 'shared/ imports nothing of ours and no platform.' },
      ]),
    },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        { group: nodeBuiltins, message: 'renderer/ runs in a sandboxed page: no Node.' },
        { group: ['electron', '**/electron/**', '**/test/**'], message: 'renderer/ talks to main only through the contract in shared/.' },
      ]),
    },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/**/*-electron.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
        [electronModule],
      ),
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/**/*-electron.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }]),
    },
  },
  {
    files: ['test/**', 'electron/build/**'],
    rules: { 'no-console': 'off' },
  },
);
