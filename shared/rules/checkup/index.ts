/**
 * The check-up's rules, one per check, in the order the panel shows them: each judges one chain
 * entry with what its server said and names the facts it judges (the doctor shows one verdict per fact).
 */
import type { CheckId, CheckResult } from '../../checkup/types';
import type { FactKind } from '../rule';
import { chainCheck } from './chain';
import { coldLoadCheck } from './cold-load';
import { contextCheck } from './context';
import { endpointCheck } from './endpoint';
import type { JudgeInput } from './entry';
import { lmstudioCheck } from './lmstudio';
import { presenceCheck } from './presence';
import { toolsCheck } from './tools';

export interface CheckRule {
  id: CheckId;
  /** The facts it judges: a doctor finding about the same facts (for the same provider) says it already. */
  judges: readonly FactKind[];
  /** Hosted models and entries without a provider get only the rules that hold for them. */
  local: boolean;
  judge(input: JudgeInput): CheckResult;
}

export const CHECK_RULES: readonly CheckRule[] = [
  {
    id: 'chain',
    judges: ['server', 'model-ref'],
    local: false,
    judge: ({ entry, config, facts, env, fit, openclawVersion = null }) =>
      chainCheck(entry, config, facts, env, fit, openclawVersion),
  },
  { id: 'endpoint', judges: ['responses-api'], local: true, judge: ({ entry, facts }) => endpointCheck(entry, facts) },
  { id: 'presence', judges: ['model-presence'], local: true, judge: ({ entry, facts }) => presenceCheck(entry, facts) },
  {
    id: 'context',
    judges: ['loaded-context'],
    local: true,
    judge: ({ entry, facts, openclawVersion = null }) => contextCheck(entry, facts, openclawVersion),
  },
  {
    id: 'coldLoad',
    judges: [],
    local: true,
    judge: ({ entry, facts, keptWarm }) => coldLoadCheck(entry, facts, keptWarm),
  },
  { id: 'tools', judges: [], local: true, judge: ({ entry, facts }) => toolsCheck(entry, facts) },
  {
    id: 'lmstudio',
    judges: [],
    local: true,
    judge: ({ entry, facts, keptWarm }) => lmstudioCheck(entry, facts, keptWarm),
  },
];

export const checkRule = (id: CheckId): CheckRule => CHECK_RULES.find((rule) => rule.id === id)!;
