// Lint rules: typescript-eslint's recommended set, React hooks, the layer rules of the
// layout (who may import whom) and the wording rules (user-facing text lives in locales/).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const NODE_BUILTINS = `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?$`;
const ELECTRON_ONLY_IN_MAIN = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron' (type-only imports are fine).",
  allowTypeImports: true,
};
const forbid = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });

/**
 * Who may import whom: shared → nothing; services → shared; api → services; main, serve
 * and cli → api (type imports of services are fine; the composition root `services/index`
 * and `services/app-root` are the allowed exceptions); renderer → shared and locales;
 * locales → shared types and i18next. Tests may reach across layers.
 */
function layerRules() {
  const layer = (files, patterns, paths = []) => ({
    files,
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  });
  const ui = forbid('^(react|react-dom)(/.*)?$', 'UI code belongs to renderer/.');
  // A sibling folder of electron/ reached by a relative path (electron/api, not shared/api).
  const sibling = (dirs) => `^(\\.\\./)+(${dirs})(/|$)|(^|/)(renderer|locales)/`;
  return [
    layer(
      ['shared/**/*.ts'],
      [
        forbid(NODE_BUILTINS, 'shared/ is pure TypeScript: no Node built-ins (with or without node:).'),
        forbid('^electron(/.*)?$', 'shared/ is pure TypeScript: no Electron.'),
        ui,
        forbid('(^|/)(electron|renderer|locales)(/|$)', 'shared/ imports nothing outside shared/.'),
      ],
    ),
    layer(
      ['electron/services/**/*.ts'],
      [forbid(sibling('api|cli|main|serve|preload'), 'Services import only shared/ (and other services).'), ui],
      [ELECTRON_ONLY_IN_MAIN],
    ),
    layer(
      ['electron/api/**/*.ts'],
      [forbid(sibling('cli|main|serve|preload'), 'The API imports only services and shared/.'), ui],
      [ELECTRON_ONLY_IN_MAIN],
    ),
    layer(
      ['electron/{cli,serve}/**/*.ts'],
      [
        forbid(
          '(^|/)services/(?!app-root$|index$|app-paths$|home-dir$|autostart/|cli-link/)',
          'The CLI and the panel server call the API, not services (type imports, services/index, services/app-root and the host-level app-paths, home-dir, autostart and cli-link are fine).',
          true,
        ),
        forbid(
          '^(\\.\\./)+(main|preload|renderer)(/|$)',
          'The CLI and the panel server import the API, shared/ and locales/.',
        ),
        ui,
      ],
      [ELECTRON_ONLY_IN_MAIN],
    ),
    layer(
      ['electron/main/**/*.ts'],
      [
        forbid(
          '(^|/)services/(?!app-root$|index$|app-paths$|home-dir$|autostart/|cli-link/)',
          'The desktop app calls the API, not services (type imports, services/index, services/app-root and the host-level app-paths, home-dir, autostart and cli-link are fine).',
          true,
        ),
        forbid('^(\\.\\./)+(cli|renderer)(/|$)', 'The desktop app imports the API, shared/ and locales/.'),
        ui,
      ],
    ),
    layer(
      ['renderer/**/*.{ts,tsx}'],
      [
        forbid(NODE_BUILTINS, 'The renderer runs in a browser: no Node built-ins.'),
        forbid(
          '(^|/)electron(/|$)',
          'The renderer imports only shared/ and locales/ (the API goes through renderer/src/api).',
        ),
      ],
      [ELECTRON_ONLY_IN_MAIN],
    ),
    layer(
      ['locales/**/*.ts'],
      [
        forbid('(^|/)shared/', 'locales/ imports only types from shared/.', true),
        forbid('(^|/)(electron|renderer)(/|$)', 'locales/ imports only shared types and i18next.'),
        forbid(NODE_BUILTINS, 'locales/ runs in the renderer too: no Node built-ins.'),
        ui,
      ],
    ),
    {
      files: [
        'test/**/*.ts',
        'e2e/**/*.ts',
        'bench/**/*.ts',
        'electron/{api,cli,serve,services}/**/*.test.ts',
        'renderer/**/*.test.{ts,tsx}',
      ],
      rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY_IN_MAIN] }] },
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
    files: ['bin/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layerRules(),
  ...wordingRules(),
);
