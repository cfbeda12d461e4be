/**
 * The real services and dispatcher on one config file in a temp folder, as the panel, CLI and serve
 * use them: HOME is the folder, PATH is empty (no OpenClaw unless `openclawFlag` names one), and the
 * state folder sits inside it. `errors` collects what the dispatcher logs.
 */
import path from 'node:path';
import { createDispatcher } from '../../electron/api/dispatcher';
import { createHandlers } from '../../electron/api/handlers';
import { createServices, type Services } from '../../electron/services';

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
