/**
 * The one API object the UI uses: the preload bridge when running in the desktop app,
 * HTTP when the same UI is served by `claw-control serve`.
 */
import type { ClawBridge } from '@shared/api/bridge';
import type { ClawApi } from '@shared/api/contract';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import { browserPanelSession } from './panel-session';
import { createApi } from './transport';

declare global {
  interface Window {
    clawControl?: ClawBridge;
  }
}

export const api: ClawApi = createApi(
  window.clawControl ? ipcTransport(window.clawControl) : httpTransport({ session: browserPanelSession() }),
);
