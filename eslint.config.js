import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The direction of dependencies (STYLE.md): content -> engine -> state -> UI (features -> app), engine -> report.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noUi = { group: ['react', 'react-dom', 'react-*', 'i18next', 'zustand', 'zustand/*', 'jspdf', 'jspdf-*', '**/features/**', '**/app/**', '**/state/**', '**/components/**', '**/i18n/**', '**/report/**', '**/model/**'], message: 'The engine is pure TypeScript: no React, i18n, state, PDF or UI imports.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  { files: ['src/engine/**', 'src/charts/**'], rules: restrict([noUi]) },
  {
    files: ['src/state/**'],
    rules: restrict([{ group: ['react', 'react-dom', '**/features/**', '**/app/**', '**/components/**', '**/report/**', 'jspdf', 'jspdf-*'], message: 'State holds data only: no UI or report imports.' }]),
  },
  {
    files: ['src/report/**'],
    ignores: ['src/report/download-report.ts'],
    rules: restrict([{ group: ['react', 'react-dom', 'zustand', '**/features/**', '**/app/**', '**/components/**', '**/state/assessment-store', 'i18next', 'react-i18next'], message: 'The report builds from engine results and content: no UI, store or i18next imports.' }]),
  },
  {
    files: ['src/portability/**', 'src/browser/**'],
    ignores: ['src/portability/vite-plugin-assessment-schema.ts'],
    rules: restrict([{ group: ['react', 'react-dom', 'react-*', 'i18next', '**/features/**', '**/app/**', '**/components/**', '**/report/**'], message: 'Portability and browser helpers are plain TypeScript: no UI, i18n or report imports.' }]),
  },
  {
    files: ['src/components/**'],
    rules: restrict([{ group: ['**/features/**', '**/app/**'], message: 'Shared components must not depend on features or the app.' }]),
  },
  {
    files: ['src/features/*/**'],
    rules: restrict([{ group: ['**/app/**'], message: 'Features do not import the app shell.' }]),
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'tests/**/*.{ts,tsx,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['**/*.{js,mjs}'], extends: [js.configs.recommended], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
