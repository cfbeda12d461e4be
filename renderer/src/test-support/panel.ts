/**
 * The fake behind the panel's one API object in component tests: installed as the preload
 * bridge before the stores load, so components talk to it through the real IPC transport.
 */
import { createFakeApi } from './fake-api';

export const fake = createFakeApi();
window.clawControl = fake.bridge;
