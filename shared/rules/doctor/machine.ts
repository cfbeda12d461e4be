/** Rules on this machine: a hardware read that failed leaves the fit unchecked, which the doctor says. */
import { msg } from '../../i18n/message';
import type { RuleFacts } from '../facts';
import type { Rule } from '../rule';

export const machineRules: Rule<RuleFacts>[] = [
  {
    id: 'hardware-unavailable',
    severity: 'warning',
    judge: ({ hardwareFailure }) =>
      hardwareFailure
        ? [{ path: 'hardware', message: msg('doctor.hardwareUnavailable', { detail: hardwareFailure }) }]
        : [],
  },
];
