import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Which layer may use which package. The direction between the folders of src/ (and "no import cycles")
// is checked by dependency-cruiser: .dependency-cruiser.cjs, `npm run test:deps`.
const restrict = (group, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', '.tmp'] },
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
  {
    files: ['src/engine/**', 'src/charts/**'],
    rules: restrict(['react', 'react-dom', 'react-*', 'i18next', 'zustand', 'zustand/*', 'jspdf', 'jspdf-*'], 'The engine is pure TypeScript: no React, i18next, zustand or jsPDF.'),
  },
  { files: ['src/state/**'], rules: restrict(['react', 'react-dom', 'jspdf', 'jspdf-*'], 'State holds data only: no React or jsPDF.') },
  {
    files: ['src/report/**'],
    rules: restrict(['react', 'react-dom', 'zustand', 'i18next', 'react-i18next'], 'The report builds from engine results and content: no React, store or i18next.'),
  },
  {
    files: ['src/export/**'],
    rules: restrict(['react', 'react-dom', 'zustand', 'i18next', 'react-i18next', 'jspdf', 'jspdf-*'], 'The spreadsheet export builds from engine results and content: no React, store, i18next or jsPDF.'),
  },
  {
    files: ['src/portability/**', 'src/browser/**'],
    rules: restrict(['react', 'react-dom', 'react-*', 'i18next'], 'Portability and browser helpers are plain TypeScript: no React or i18next.'),
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'tests/**/*.{ts,tsx,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['**/*.{js,mjs}'], extends: [js.configs.recommended], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
