import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { createEventBus } from './event-bus';
import { createLanguageService, followLanguage } from './language';
import { createSettingsStore } from './settings';

async function setup() {
  const stateDir = await tempDir();
  const events = createEventBus();
  const settings = createSettingsStore(stateDir);
  return { stateDir, events, settings, language: createLanguageService({ settings, events }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the app language (the tray follows the panel’s choice)', () => {
  it('speaks the OS language until the user picks one, then the pick, and the OS again on "follow the system"', async () => {
    const { language } = await setup();
    const spoken: string[] = [];
    const stop = language.follow('en', (l) => spoken.push(l));
    await settle();
    expect(spoken).toEqual(['en']);
    await language.setChoice('zh-CN');
    expect(spoken).toEqual(['en', 'zh-CN']);
    await language.setChoice('zh-CN'); // the same language: nothing to re-render
    expect(spoken).toEqual(['en', 'zh-CN']);
    await language.setChoice(null);
    expect(spoken).toEqual(['en', 'zh-CN', 'en']);
    stop();
    await language.setChoice('zh-CN');
    expect(spoken).toEqual(['en', 'zh-CN', 'en']);
  });

  it('the saved choice wins over the OS language at start, and lives in the app’s settings file', async () => {
    const { stateDir, events, settings, language } = await setup();
    await language.setChoice('zh-CN');
    expect(JSON.parse(await readFile(path.join(stateDir, 'settings.json'), 'utf8')).language).toBe('zh-CN');
    // A new run (e.g. the app restarted on an English OS) reads the same file.
    const again = createLanguageService({ settings, events });
    const spoken: string[] = [];
    followLanguage(again, events, 'en', (l) => spoken.push(l));
    await settle();
    expect(spoken).toEqual(['zh-CN']);
  });

  it('an unreadable choice falls back to the OS language, logged', async () => {
    const events = createEventBus();
    const broken = {
      choice: () => Promise.reject(new Error('EACCES')),
      setChoice: async () => null,
      follow: () => () => undefined,
    };
    const spoken: string[] = [];
    followLanguage(broken, events, 'zh-CN', (l) => spoken.push(l));
    await settle();
    expect(spoken).toEqual(['zh-CN']);
  });
});
