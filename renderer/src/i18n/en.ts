/** English strings. Every visible string in the UI has a key here and in zh-CN. */
export const en = {
  app: { title: 'Claw Control', tagline: 'OpenClaw on local models' },
  nav: { overview: 'Overview', providers: 'Providers', models: 'Models', settings: 'Settings', label: 'Sections' },
  common: { loading: 'Loading…', refresh: 'Refresh', none: 'none', notSet: 'not set', retry: 'Retry' },
  config: {
    title: 'OpenClaw config',
    path: 'File',
    source: 'Found through',
    stateLabel: 'State',
    sources: {
      flag: '--config flag',
      OPENCLAW_CONFIG_PATH: 'OPENCLAW_CONFIG_PATH',
      OPENCLAW_STATE_DIR: 'OPENCLAW_STATE_DIR',
      OPENCLAW_PROFILE: 'OPENCLAW_PROFILE',
      default: 'default location',
      legacy: 'legacy location',
    },
    state: { ok: 'Loaded', missing: 'No config yet', malformed: 'Does not parse', unreadable: 'Cannot be read' },
    missingHint:
      'OpenClaw has not written this file yet. Run `openclaw onboard`, or add a provider here once editing is available.',
    parseErrorAt: 'Line {{line}}, column {{column}}: {{message}}',
    parseErrorNoPos: '{{message}}',
    readOnly: 'Read-only: {{reason}}',
    providers: 'Providers',
    models: 'Models',
    primary: 'Primary model',
    fallbacks: 'Fallbacks',
    mode: 'models.mode',
  },
  about: {
    title: 'This app',
    version: 'Version',
    host: 'Running as',
    hosts: { desktop: 'desktop app', headless: 'headless panel', cli: 'command line' },
    platform: 'Platform',
  },
  providers: {
    title: 'Providers',
    empty: 'No providers configured.',
    modelCount_one: '{{count}} model',
    modelCount_other: '{{count}} models',
  },
  models: { title: 'Model chain', primary: 'Primary', fallback: 'Fallback {{n}}', empty: 'No primary model set.' },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageSystem: 'Follow the system',
    theme: 'Appearance',
    themeHint: 'Light and dark follow your system setting.',
  },
  errors: { loadFailed: 'Could not load: {{message}}' },
};

export type Strings = typeof en;
