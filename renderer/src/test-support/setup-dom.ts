/**
 * Setup of the renderer (component) tests: the fake API as the preload bridge, the panel's real
 * i18n in English, and after each test the DOM unmounted, the fake checked against the contract
 * and reset, the stores back to their first state and the language back to English.
 */
// First: the fake must be the preload bridge before the stores bind to it.
import { fake } from './panel';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18next from '@renderer/i18n';
import * as stores from '@renderer/stores';

/** Each store of the panel, seen only as something to put back to its first state. */
const all = Object.values(stores) as unknown as {
  getInitialState(): object;
  setState(state: object, replace: true): void;
}[];

await i18next.changeLanguage('en');

afterEach(async () => {
  cleanup();
  try {
    fake.expectClean();
  } finally {
    fake.reset();
    for (const store of all) store.setState(store.getInitialState(), true);
    await i18next.changeLanguage('en');
  }
});
