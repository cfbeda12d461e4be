// Lint rules: typescript-eslint's recommended set, React hooks, the layer rules of the
// layout (who may import whom, lint/layers.mjs), the type-aware promise and string rules, and the
// wording rules (user-facing text lives in locales/).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './lint/layers.mjs';
import { messageKeysPlugin } from './lint/message-keys.mjs';

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const NODE_BUILTINS = `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?$`;
const ELECTRON_ONLY_IN_MAIN = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron' (type-only imports are fine).",
  allowTypeImports: true,
};
const forbid = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });

/**
 * What each environment may load: Node built-ins nowhere that runs in a browser or must
 * stay pure, Electron only in electron/main and electron/preload, React only in the
 * renderer. Who may import whom inside the house is the layer map (lint/layers.mjs).
 */
function platformRules() {
  const restrict = (files, patterns, paths = []) => ({
    files,
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  });
  const ui = forbid('^(react|react-dom)(/.*)?$', 'UI code belongs to renderer/.');
  const electronOnly = { paths: [ELECTRON_ONLY_IN_MAIN] };
  return [
    restrict(
      ['shared/**/*.ts', 'locales/**/*.ts'],
      [
        forbid(NODE_BUILTINS, 'shared/ and locales/ are pure TypeScript: no Node built-ins.'),
        forbid('^electron(/.*)?$', 'No Electron here.'),
        ui,
      ],
    ),
    restrict(['node/**/*.ts'], [ui], electronOnly.paths),
    restrict(
      ['renderer/**/*.{ts,tsx}'],
      [forbid(NODE_BUILTINS, 'The renderer runs in a browser: no Node built-ins.')],
      electronOnly.paths,
    ),
    restrict(['electron/main/**/*.ts'], [ui]),
    restrict(['test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'], [], electronOnly.paths),
    {
      files: ['**/*.{ts,tsx}'],
      plugins: { layers: layersPlugin },
      rules: { 'layers/allowed-imports': 'error' },
    },
  ];
}

/**
 * User-facing text is data: the renderer shows t(...) / useMessage(...), never a literal;
 * shared/ returns Messages ({code, params}), never English sentences. Allowed: placeholders
 * that are examples (ids, paths, numbers), config keys, language names written in their
 * own language, and the files listed in PROSE_ALLOWED with their reason.
 */
const PROSE_ALLOWED = [
  // Programmer errors of the lossless editor, never shown to a user (the API maps them to codes).
  'shared/json5/**',
  // Zod schema descriptions and OpenClaw's own issue texts (quoted as OpenClaw reports them).
  'shared/config/validate.ts',
  'shared/config/openclaw-wording.ts',
];
function wordingRules() {
  const prose = {
    message: 'English prose in shared/: return a Message (msg(code, params), texts in locales/messages/<domain>.ts).',
  };
  return [
    {
      files: ['shared/**/*.ts'],
      ignores: [...TESTS, ...PROSE_ALLOWED],
      rules: {
        'no-restricted-syntax': [
          'error',
          { selector: 'Literal[value=/^[A-Z][a-z]*,?( +[^ ]+){3,}/]', ...prose },
          { selector: 'TemplateElement[value.raw=/[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+/]', ...prose },
        ],
      },
    },
    {
      files: ['renderer/**/*.tsx'],
      ignores: TESTS,
      rules: {
        'no-restricted-syntax': [
          'error',
          {
            // Config keys (models.mode) and language names in their own language are not translated.
            selector: 'JSXText[value=/^(?!\\s*(English|[a-z]+([.][a-zA-Z]+)+)\\s*$)[^]*[A-Za-z]{2,}/]',
            message: 'Literal text in JSX: use t(key) with the text in renderer/src/i18n/en.ts + zh-CN.ts.',
          },
          {
            // Examples such as "provider/model" or "192" are fine; words are not.
            selector:
              'JSXAttribute[name.name=/^(title|aria-label|placeholder|alt|label)$/] > Literal[value=/[A-Za-z]{2,} +[A-Za-z]{2,}|^[A-Z][a-z]+$/]',
            message: 'Literal user-facing attribute: use t(key) with the text in renderer/src/i18n/en.ts + zh-CN.ts.',
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      // Code that breaks the type-aware rules on purpose; test/lint/typed-rules.test.ts lints it.
      'test/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Type-aware rules: every TypeScript file is linted with its own tsconfig (the project
    // service follows tsconfig.json's references; the renderer's tests are tsconfig.renderer-test.json's).
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowBoolean: true,
          allowAny: false,
          allowNullish: false,
          allowRegExp: false,
          allowNever: false,
        },
      ],
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['bin/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...platformRules(),
  ...wordingRules(),
  {
    // Every literal message code and UI key has its text in English and Chinese (lint/message-keys.mjs).
    files: ['{shared,node,electron,renderer}/**/*.{ts,tsx}'],
    ignores: TESTS,
    plugins: { 'message-keys': messageKeysPlugin },
    rules: { 'message-keys/known-keys': 'error' },
  },
);
