/**
 * A hanging load is bounded by the check-up's load deadline (issue #25): 3 minutes by default,
 * far below the 10 minutes a model it used to wait, set with CLAW_CONTROL_CHECK_LOAD_SECONDS, and
 * said in the report. The fake is the LM Studio replay of test/fakes/checkup-servers.ts with a
 * load that does not finish; the test's own timeout is the guard against a hang.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LOAD_DEADLINE_DEFAULT_SECONDS, LOAD_DEADLINE_ENV, stepDeadlines } from '@shared/checkup/step-deadlines';
import { coldLoadCheck } from '@shared/rules/checkup/cold-load';
import type { ResolvedEntry } from '@shared/rules/checkup/entry';
import { startCheckupFake, type CheckupFake } from '@test/fakes/checkup-servers';
import { gatherFacts } from './gather';

const fakes: CheckupFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

describe('check-up step deadlines', () => {
  it('a load waits 3 minutes by default, what the environment sets (1 s … 30 min), never 10 minutes', () => {
    expect(stepDeadlines({}).loadMs).toBe(LOAD_DEADLINE_DEFAULT_SECONDS * 1000);
    expect(LOAD_DEADLINE_DEFAULT_SECONDS).toBeLessThanOrEqual(180);
    expect(stepDeadlines({ [LOAD_DEADLINE_ENV]: '45' }).loadMs).toBe(45_000);
    for (const bad of ['', 'soon', '0', '-5', '86400'])
      expect(stepDeadlines({ [LOAD_DEADLINE_ENV]: bad }).loadMs, bad).toBe(LOAD_DEADLINE_DEFAULT_SECONDS * 1000);
    expect(stepDeadlines({}).requestMs).toBeLessThanOrEqual(120_000);
  });

  it('a load that never finishes is abandoned at its deadline and the report says which deadline and how to lengthen it', async () => {
    const fake = await startCheckupFake({
      kind: 'lmstudio',
      models: [{ id: 'qwen3-32b', maxContext: 32768, loadedContext: null }],
      jit: false,
      loadDelayMs: 3_600_000,
    });
    fakes.push(fake);
    const facts = await gatherFacts({
      baseUrl: fake.baseUrl,
      model: 'qwen3-32b',
      api: 'openai-completions',
      cold: true,
      cleanSchema: false,
      deadlines: stepDeadlines({ [LOAD_DEADLINE_ENV]: '1' }),
    });
    expect(facts.load).toMatchObject({ seconds: null, deadlineSeconds: 1 });
    expect(facts.load?.error).toBeTruthy();
    const entry = { provider: { timeoutSeconds: 300 }, providerKey: 'lmstudio' } as unknown as ResolvedEntry;
    const check = coldLoadCheck(entry, facts, false);
    expect(check.status).toBe('fail');
    expect(check.evidence).toContainEqual({
      code: 'checkupSteps.loadPastDeadline',
      params: { seconds: 1, variable: LOAD_DEADLINE_ENV },
    });
  }, 60_000);
});
