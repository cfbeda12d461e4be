/**
 * The real services and dispatcher on one config file in a temp folder, as the panel, CLI and serve
 * use them: HOME is the folder, PATH is empty (no OpenClaw unless `openclawFlag` names one), and the
 * state folder sits inside it. `errors` collects what the dispatcher logs.
 */
import path from 'node:path';
import { createDispatcher } from '@node/api/dispatcher';
import { createHandlers } from '@node/api/handlers';
import { createServices } from '@node/host/services';
import type { Services } from '@node/services/container';

export function apiOnFile(
  dir: string,
  file: string,
  options: { openclawFlag?: string } = {},
): { services: Services; api: ReturnType<typeof createDispatcher>; errors: string[] } {
  const services = createServices({
    host: 'cli',
    appVersion: '0',
    configFlag: file,
    openclawFlag: options.openclawFlag,
    env: { HOME: dir, PATH: '' },
    stateDir: path.join(dir, 'state'),
  });
  const errors: string[] = [];
  return { services, api: createDispatcher(createHandlers(services), { logError: (m) => errors.push(m) }), errors };
}
