// The direction of dependencies (../shared/STYLE.md), checked on every `npm test` (`npm run test:deps`):
//   content -> engine -> state -------------> UI (components -> features -> app)
//                    \-> portability -----/    (files and share links in and out of the app)
//                    \-> report (PDF) ----/    (built from engine results and its own inputs)
// Each rule's name and comment are printed with both files of a violating import. It cruises src/, scripts/
// and tests/ (the browser tests are not type-checked: an import of a moved file fails here).
// ESLint (eslint.config.js) keeps the package bans (no React, i18next, zustand or jsPDF in the engine).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'This import points at nothing: a file that moved or was renamed (the browser tests and scripts are not type-checked, so this is their check).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide the direction of dependencies: move the shared piece (a type, a limit) into a module of its own.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment: 'The engine is pure domain logic: it imports nothing of state, portability, report, charts, browser helpers, UI, i18n or the bundled model.',
      from: { path: '^src/engine/' },
      to: { path: '^src/(state|portability|report|charts|browser|components|features|app|i18n|model)/' },
    },
    {
      name: 'charts-are-pure-geometry',
      severity: 'error',
      comment: 'Chart geometry is drawn alike by the app and the PDF: it imports no state, portability, report, UI, i18n or bundled model.',
      from: { path: '^src/charts/' },
      to: { path: '^src/(state|portability|report|browser|components|features|app|i18n|model)/' },
    },
    {
      name: 'report-from-engine-results',
      severity: 'error',
      comment: 'The report is built from engine results and its own inputs: no state, portability or UI (components, features, app).',
      from: { path: '^src/report/' },
      to: { path: '^src/(state|portability|components|features|app)/' },
    },
    {
      name: 'export-from-engine-results',
      severity: 'error',
      comment: 'The spreadsheet export is built from engine results and its own inputs, like the report: no state, portability or UI (components, features, app).',
      from: { path: '^src/export/' },
      to: { path: '^src/(state|portability|components|features|app)/' },
    },
    {
      name: 'nothing-below-imports-export',
      severity: 'error',
      comment: 'Only the UI starts an export: the engine, charts, browser helpers, state, portability and the report never import src/export/.',
      from: { path: '^src/(engine|charts|browser|state|portability|report|i18n|model)/' },
      to: { path: '^src/export/' },
    },
    {
      name: 'portability-no-ui-or-report',
      severity: 'error',
      comment: 'Portability moves assessments in and out (files, links): it imports no report and no UI (components, features, app).',
      from: { path: '^src/portability/' },
      to: { path: '^src/(report|components|features|app)/' },
    },
    {
      name: 'portability-not-to-state',
      severity: 'error',
      comment: 'Portability builds on the engine, not on the store: shared types and limits live in src/engine/ (assessment-data, profile, limits, zod).',
      from: { path: '^src/portability/' },
      to: { path: '^src/state/' },
    },
    {
      name: 'browser-helpers-no-ui',
      severity: 'error',
      comment: 'Browser helpers (downloads, file names) are plain TypeScript: no state, portability, report or UI.',
      from: { path: '^src/browser/' },
      to: { path: '^src/(state|portability|report|components|features|app)/' },
    },
    {
      name: 'state-no-ui-or-report',
      severity: 'error',
      comment: 'State holds what the user entered: it imports no report and no UI (components, features, app).',
      from: { path: '^src/state/' },
      to: { path: '^src/(report|components|features|app)/' },
    },
    {
      name: 'components-no-features-or-app',
      severity: 'error',
      comment: 'Shared components are used by features: they never import a feature or the app shell.',
      from: { path: '^src/components/' },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'features-are-independent',
      severity: 'error',
      comment: 'Features do not import each other: move what two features share to src/components/ (UI) or below (engine, state, portability).',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'features-no-app',
      severity: 'error',
      comment: 'Features do not import the app shell; the app composes them.',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle through types is still a cycle to read through.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
