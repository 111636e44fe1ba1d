// Lint, and the layering of DESIGN.md §1 enforced by import rules rather than by memory:
// shared imports nothing platform-specific; core never imports electron or react; the renderer
// reaches the core only through the IPC contract.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.js'],
    languageOptions: { globals: { URL: 'readonly', process: 'readonly', console: 'readonly' } },
  },
  {
    // CommonJS files that electron-builder loads.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      [...NODE_BUILTINS, 'electron', 'react', 'react-dom', '**/core/**', '**/main/**', '**/renderer/**', '**/preload/**'],
      'src/shared runs everywhere: no Node, Electron, React or other layers.',
    ),
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/preview/**'],
      'src/core runs under plain Node: no Electron, React or front-end layers.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: restrict(
      [...NODE_BUILTINS, 'electron', '**/core/**', '**/main/**', '**/preload/**', '**/cli/**', '**/preview/**'],
      'The renderer talks to the core only through the IPC contract in src/shared/ipc.',
    ),
  },
  {
    files: ['src/cli/**/*.ts', 'src/preview/**/*.ts'],
    rules: restrict(['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/preload/**'], 'CLI and preview run under plain Node.'),
  },
);
