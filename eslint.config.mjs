import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The engine must run anywhere (CLI, worker threads, tests): it may never depend on the editor.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is editor-independent: adapt in src/vscode instead.' }],
        patterns: [{ group: ['**/vscode/**', '**/cli/**'], message: 'src/core may not depend on the front ends.' }],
      }],
    },
  },
  {
    // Only src/core/nlp.ts talks to compromise, so its quirks (offsets, performance) are handled once.
    files: ['src/**/*.ts'],
    ignores: ['src/core/nlp.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'compromise', message: 'Only src/core/nlp.ts may import compromise.' },
        ],
        patterns: [{ group: ['compromise/*'], message: 'Only src/core/nlp.ts may import compromise.' }],
      }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/nlp.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is editor-independent: adapt in src/vscode instead.' },
          { name: 'compromise', message: 'Only src/core/nlp.ts may import compromise.' },
        ],
        patterns: [{ group: ['**/vscode/**', '**/cli/**'], message: 'src/core may not depend on the front ends.' }],
      }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
