import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Anchored so that a project file such as core/crypto.ts is not mistaken for node's "crypto".
const nodeBuiltins = `^(node:)?(${builtinModules.map((m) => m.replace(/[/\\]/g, '\\$&')).join('|')})(/.*)?$`;
const restrict = (groups) => ({ 'no-restricted-imports': ['error', { patterns: groups }] });

// The layering, enforced: core is pure; only the Electron glue imports electron; the renderer stays browser-only.
const layering = [
  {
    files: ['core/**/*.ts'],
    rules: restrict([
      { regex: nodeBuiltins, message: 'core/ is pure TypeScript: no Node built-ins.' },
      { regex: '^(electron|react|react-dom|zustand|pdfmake)(/.*)?$', message: 'core/ depends on no runtime or UI library.' },
      { group: ['**/electron/**', '**/renderer/**', '**/scripts/**', '**/tests/**'], message: 'core/ imports nothing from the other layers.' },
    ]),
  },
  {
    files: ['locales/**/*.ts'],
    rules: restrict([
      { regex: nodeBuiltins, message: 'locales/ loads in the renderer, the worker and Node alike: no Node built-ins.' },
      {
        group: ['**/core/**', '**/electron/**', '**/renderer/**', '**/scripts/**', '**/tests/**', '**/cli/**', '**/pdf/**', '**/word/**'],
        message: 'locales/ is data and its loader: it imports nothing from the code layers.',
      },
    ]),
  },
  {
    files: ['pdf/**/*.ts'],
    rules: restrict([
      { regex: nodeBuiltins, message: 'pdf/ runs in the report worker and in Node alike: no Node built-ins.' },
      { group: ['**/electron/**', '**/renderer/**', '**/scripts/**', '**/tests/**', '**/cli/**'], message: 'pdf/ is an adapter over core/report: it imports only core/.' },
    ]),
  },
  {
    files: ['word/**/*.ts'],
    rules: restrict([
      { regex: nodeBuiltins, message: 'word/ runs in the report worker and in Node alike: no Node built-ins.' },
      { group: ['**/electron/**', '**/renderer/**', '**/scripts/**', '**/tests/**', '**/cli/**', '**/pdf/**'], message: 'word/ is an adapter over core/report: it imports only core/.' },
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/preload/index.ts'],
    rules: restrict([
      { regex: '^electron(/.*)?$', message: 'Only electron/main/index.ts and electron/preload/index.ts import electron; keep the rest plain Node.' },
      { group: ['**/renderer/**'], message: 'The shell does not import the UI.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict([
      { regex: nodeBuiltins, message: 'The renderer runs in a browser: no Node built-ins.' },
      { regex: '^electron(/.*)?$', message: 'The renderer reaches the outside only through the platform contract.' },
      { group: ['**/electron/**'], message: 'The renderer reaches the outside only through the platform contract.' },
    ]),
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-aware: a promise nobody awaits loses its failure. The project service finds each file's tsconfig (core, node or web).
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layering,
);
