/**
 * Drill rule 1, credentials: the entry's key resolves in the gateway's environment (`${VAR}` set and
 * not empty, an env SecretRef's variable set); a key that does not resolve is sent as written and
 * refused (401), so the entry fails only when it is needed. Reuses the check-up's credential reading.
 */
import { msg } from '../../i18n/message';
import { credentialEvidence } from '../checkup/chain';
import type { DrillRule } from './rule';
import { step } from './rule';

export const credentialsRule: DrillRule = {
  id: 'credentials',
  openclaw: {
    source: 'src/config/env-substitution.ts, src/config/types.secrets.ts (an unset ${VAR} stays as written)',
    versions: '>=2026.1.29',
  },
  judge({ config, env, openclawVersion, entries }, index) {
    const { entry } = entries[index]!;
    if (!entry.providerId) return step('credentials', 'skip', msg('drill.credentials.noProvider'));
    const { status, evidence } = credentialEvidence(entry, config, env, openclawVersion);
    const summary =
      status === 'fail'
        ? msg('drill.credentials.unset')
        : status === 'warn'
          ? msg('drill.credentials.notReadable')
          : msg('drill.credentials.ok');
    return step('credentials', status, summary, [...evidence, msg('drill.credentials.gatewayEnv')]);
  },
};
