/**
 * The app's language: the choice made in the panel's Settings (kept in the app's settings
 * file, so the tray and every window share it), or the OS language when there is none.
 * `followLanguage` tells a surface outside the panel (the tray) whenever it changes.
 */
import type { AppLanguage as MessageLanguage } from '@shared/i18n/languages';
import type { EventBus } from './event-bus';
import type { SettingsStore } from './settings';

export interface LanguageService {
  /** The user's choice; null follows the OS language. */
  choice(): Promise<MessageLanguage | null>;
  /** Saves the choice and publishes `languageChanged`. */
  setChoice(choice: MessageLanguage | null): Promise<MessageLanguage | null>;
  /** `followLanguage` on this service's events (for the tray). */
  follow(system: MessageLanguage, onChange: (language: MessageLanguage) => void): () => void;
}

export function createLanguageService(options: { settings: SettingsStore; events: EventBus }): LanguageService {
  const service: LanguageService = {
    async choice() {
      return (await options.settings.get()).language;
    },
    async setChoice(choice) {
      await options.settings.update({ language: choice });
      options.events.emit('languageChanged', { choice });
      return choice;
    },
    follow: (system, onChange) => followLanguage(service, options.events, system, onChange),
  };
  return service;
}

/** The language to speak: the user's choice, else the OS language. */
export const effectiveLanguage = (choice: MessageLanguage | null, system: MessageLanguage): MessageLanguage =>
  choice ?? system;

/**
 * Calls `onChange` with the language to speak now (once the saved choice is read) and again
 * each time the choice changes to another language. Returns the unsubscribe function.
 */
export function followLanguage(
  language: LanguageService,
  events: EventBus,
  system: MessageLanguage,
  onChange: (language: MessageLanguage) => void,
): () => void {
  let current: MessageLanguage | null = null;
  let changed = false;
  const apply = (next: MessageLanguage) => {
    if (next === current) return;
    current = next;
    onChange(next);
  };
  const unsubscribe = events.subscribe((event) => {
    if (event.name !== 'languageChanged') return;
    changed = true;
    apply(effectiveLanguage(event.payload.choice, system));
  });
  language.choice().then(
    // A choice made while the file was being read is newer than what was read.
    (choice) => changed || apply(effectiveLanguage(choice, system)),
    (error: Error) => {
      console.error('[language] could not read the language setting:', error.message);
      if (!changed) apply(system);
    },
  );
  return unsubscribe;
}
