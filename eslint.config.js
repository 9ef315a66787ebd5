// ESLint flat config. Beyond the usual TypeScript rules it guards the layers
// (see ARCHITECTURE.md): the engine runs on virtual time, a seeded RNG and no DOM,
// and imports nothing from viz, ui or lessons; viz never imports ui.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const wallClockAndChance = [
  { object: 'Date', property: 'now', message: 'The engine runs on virtual time: use the sandbox clock.' },
  { object: 'Math', property: 'random', message: 'The engine uses the seeded RNG (runtime/rng.ts).' },
  { object: 'performance', property: 'now', message: 'The engine runs on virtual time.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'src/engine/manifest/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: tseslint.parser, svelteConfig },
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-properties': ['error', ...wallClockAndChance],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'The engine schedules on the virtual clock.' },
        { name: 'setInterval', message: 'The engine schedules on the virtual clock.' },
        { name: 'document', message: 'The engine has no DOM.' },
        { name: 'window', message: 'The engine has no DOM.' },
        { name: 'localStorage', message: 'The engine has no browser storage.' },
        { name: 'performance', message: 'The engine runs on virtual time.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'new Date() reads the wall clock; the engine runs on virtual time.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/viz', '**/viz/**', '**/ui', '**/ui/**', '**/lessons', '**/lessons/**'], message: 'src/engine imports nothing from the layers above it.' },
            { group: ['svelte', 'svelte/*', 'd3', 'd3-*', '@codemirror/*', 'codemirror'], message: 'src/engine is UI-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/viz/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui', '**/ui/**', '*.svelte'], message: 'src/viz never imports from src/ui.' }] },
      ],
    },
  },
);
