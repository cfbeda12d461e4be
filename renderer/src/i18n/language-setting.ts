/**
 * The panel's language choice lives in the app's settings (getLanguage / setLanguage), so
 * the tray and every window follow it; localStorage only paints the first frame in the
 * right language. A choice saved only locally (before this setting existed) is moved over.
 */
import type { ClawApi } from '@shared/api/contract';
import { applyLanguageChoice, storedLanguageChoice, type Language } from '.';

/** Applies the saved choice now and whenever it changes (in another window, or from the CLI host). */
export function followLanguageSetting(api: ClawApi): () => void {
  api.getLanguage().then(
    ({ choice }) => {
      const local = storedLanguageChoice();
      if (choice === null && local !== null) void saveLanguageChoice(api, local);
      else applyLanguageChoice(choice);
    },
    (error: Error) => console.error('could not read the language setting:', error.message),
  );
  return api.on('languageChanged', ({ choice }) => applyLanguageChoice(choice));
}

/** The user picked a language in Settings (`null`: follow the system). */
export async function saveLanguageChoice(api: ClawApi, choice: Language | null): Promise<void> {
  applyLanguageChoice(choice);
  try {
    await api.setLanguage({ choice });
  } catch (error) {
    // The panel already speaks it; the tray keeps its language until the next successful save.
    console.error('could not save the language setting:', (error as Error).message);
  }
}
