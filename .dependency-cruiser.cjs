/* global module */
/**
 * Import rules checked by `npm run lint` (and so by `npm test`), next to the
 * eslint rules: the direction of imports and no cycles. dependency-cruiser
 * rather than an eslint plugin because it sees `import type` too (a type-only
 * cycle is still a cycle between files) and can check cycles between folders.
 *
 * The renderer's "only through the bridge and the shared core modules" rule
 * stays in eslint.config.js, next to the bridge rule.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'main/core is plain Node and imports nothing else of the project: move the type into core, or inject what core needs through main/core/ports.ts.',
      from: { path: '^main/core/' },
      to: { path: '^(main/(?!core/)|preload/|renderer/|scripts/|test/)' },
    },
    {
      name: 'main-never-imports-renderer',
      severity: 'error',
      comment: 'The main process and the preload never import renderer code.',
      // One exception, below: the menu's labels, which main draws natively.
      from: { path: '^(main|preload)/', pathNot: '^main/menu/menu-labels\\.ts$' },
      to: { path: '^renderer/' },
    },
    {
      name: 'menu-labels-only-from-i18n',
      severity: 'error',
      comment:
        'The application menu is drawn by the OS from main, but its words are user-facing text and live with all other copy in the renderer language files (plain data, no imports). main/menu/menu-labels.ts may import those two files and nothing else of the renderer.',
      from: { path: '^main/menu/menu-labels\\.ts$' },
      to: { path: '^renderer/', pathNot: '^renderer/src/i18n/(en|ms)\\.ts$' },
    },
    {
      name: 'no-file-cycles',
      severity: 'error',
      comment: 'No import cycles between files, type-only imports included: move the shared type into a module both sides import.',
      from: { path: '^(main|preload|renderer)/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders do not import each other in a ring (e.g. core/auth <-> core/autograb): move what both need to a folder below them.',
      scope: 'folder',
      // main/ and preload/ for now: the renderer's features/shell <-> features/settings
      // ring (App opens SettingsScreen, which shows shell's update text) is the
      // renderer refactor's to break; widen this path when it is gone.
      from: { path: '^(main|preload)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|release|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
