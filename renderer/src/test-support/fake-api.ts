/**
 * One fake of the services for the renderer's tests: a Transport (the renderer's own
 * `createApi` turns it into the ClawApi the stores use) and a preload bridge (for components,
 * whose stores read `window.clawControl`). Every call's input and answer pass the contract's
 * zod schemas; a test scripts an error envelope, a pending call, an answer or a pushed event.
 */
import type { BridgeEvent, ClawBridge } from '@shared/api/bridge';
import { calls, events, type CallInput, type CallOutput, type ClawApi, type EventPayload } from '@shared/api/contract';
import type { Envelope } from '@shared/api/problem';
import { CALL_NAMES, type CallName, type EventName } from '@shared/api/names';
import { createApi, type Transport } from '../api/transport';
import { createServices, type FakeServices } from './fake-services';
import { errorEnvelope, Refusal, type ScriptedError } from './fake-errors';

export { errorEnvelope, type ScriptedError } from './fake-errors';

type Handler<K extends CallName> = (input: CallInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;

/** A call the test holds open: answer it (with the fake's own answer, or `output`) or fail it when the test says. */
export interface Pending<K extends CallName> {
  /** Resolves once the call has arrived (its input). */
  readonly arrived: Promise<CallInput<K>>;
  release(output?: CallOutput<K>): void;
  fail(error: ScriptedError): void;
}

type Next = { kind: 'fail'; error: ScriptedError } | { kind: 'hold'; pending: PendingControl };
interface PendingControl {
  arrive(input: unknown): void;
  answer: Promise<{ output?: unknown; error?: ScriptedError }>;
}

export interface FakeApi {
  /** The transport (the renderer's `createApi` over it is `api`). */
  transport: Transport;
  /** The ClawApi a store takes. */
  api: ClawApi;
  /** The preload bridge, for `window.clawControl`. */
  bridge: ClawBridge;
  /** The state behind the default answers (the config, the machines, keep-warm…), to read or set. */
  services: FakeServices;
  /** Every call made, in order, with its input. */
  calls: { name: CallName; input: unknown }[];
  /** The inputs of one call, in order. */
  inputsOf<K extends CallName>(name: K): CallInput<K>[];
  /** Replaces the answer of `name` (a value, validated now, or a function, validated when called). */
  answer<K extends CallName>(name: K, output: CallOutput<K> | Handler<K>): void;
  /** The next call of `name` answers this error envelope (queue several for several calls). */
  fail(name: CallName, error: ScriptedError): void;
  /** The next call of `name` stays pending until the test releases or fails it. */
  hold<K extends CallName>(name: K): Pending<K>;
  /** A service event, as the main process or the panel's event stream pushes it (validated). */
  push<K extends EventName>(event: K, payload: EventPayload<K>): void;
  /** How many event listeners are subscribed now (a component that forgets to unsubscribe shows here). */
  listenerCount(): number;
  /** Answers the fake gave that the contract refuses (the fake drifted); `expectClean` throws on any. */
  violations: string[];
  expectClean(): void;
  /** Forgets scripted answers, recorded calls and the services' state; keeps the listeners. */
  reset(): void;
}

const describeIssues = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

function internal(call: CallName): Envelope<never> {
  return errorEnvelope({ code: 'INTERNAL', text: { code: 'common.internal', params: { call } } });
}

export function createFakeApi(): FakeApi {
  const listeners = new Set<(event: BridgeEvent) => void>();
  const overrides = new Map<CallName, (input: unknown) => unknown>();
  const queues = new Map<CallName, Next[]>();
  const fake = {} as FakeApi;
  let services = createServices();

  const validOutput = (name: CallName, output: unknown): { ok: true; data: unknown } | { ok: false; why: string } => {
    const parsed = calls[name].output.safeParse(output);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, why: describeIssues(parsed.error.issues) };
  };

  const settle = (name: CallName, output: unknown): Envelope<unknown> => {
    const checked = validOutput(name, output);
    if (checked.ok) return { ok: true, data: structuredClone(checked.data) };
    fake.violations.push(`${name} answered what the contract refuses: ${checked.why}`);
    return internal(name);
  };

  const run = async (name: CallName, input: unknown): Promise<Envelope<unknown>> => {
    const override = overrides.get(name);
    try {
      const output = override ? await override(input) : await services.handle(name, input);
      return settle(name, output);
    } catch (error) {
      if (error instanceof Refusal) return errorEnvelope(error.error);
      fake.violations.push(`${name} threw: ${error instanceof Error ? error.message : String(error)}`);
      return internal(name);
    }
  };

  const transport: Transport = {
    async call(name, rawInput) {
      // Like the dispatcher: an input the contract refuses never reaches the services.
      const parsed = calls[name].input.safeParse(rawInput ?? {});
      fake.calls.push({ name, input: rawInput });
      await Promise.resolve();
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const path = first?.path.map(String).join('.') ?? '';
        return errorEnvelope({
          code: 'INVALID_INPUT',
          text: { code: 'common.invalidInput', params: { path, detail: first?.message ?? '' } },
          details: { issues: describeIssues(parsed.error.issues) },
        });
      }
      const next = queues.get(name)?.shift();
      if (next?.kind === 'fail') return errorEnvelope(next.error);
      if (next?.kind === 'hold') {
        next.pending.arrive(parsed.data);
        const { output, error } = await next.pending.answer;
        if (error) return errorEnvelope(error);
        if (output !== undefined) return settle(name, output);
      }
      return run(name, parsed.data);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  const enqueue = (name: CallName, next: Next) => queues.set(name, [...(queues.get(name) ?? []), next]);

  const bridge = Object.fromEntries(
    CALL_NAMES.map((name) => [name, (input?: unknown) => transport.call(name, input ?? {})]),
  ) as unknown as ClawBridge;
  bridge.onEvent = (listener) => transport.subscribe(listener);

  Object.assign(fake, {
    transport,
    api: createApi(transport),
    bridge,
    calls: [],
    violations: [],
    inputsOf: (name: CallName) => fake.calls.filter((c) => c.name === name).map((c) => c.input),
    answer(name: CallName, output: unknown) {
      if (typeof output === 'function') {
        overrides.set(name, output as (input: unknown) => unknown);
        return;
      }
      const checked = validOutput(name, output);
      if (!checked.ok) throw new Error(`The answer scripted for ${name} does not match the contract: ${checked.why}`);
      overrides.set(name, () => output);
    },
    fail: (name: CallName, error: ScriptedError) => enqueue(name, { kind: 'fail', error }),
    hold(name: CallName) {
      let arrive!: (input: unknown) => void;
      let answer!: (result: { output?: unknown; error?: ScriptedError }) => void;
      const arrived = new Promise<unknown>((resolve) => (arrive = resolve));
      enqueue(name, { kind: 'hold', pending: { arrive, answer: new Promise((resolve) => (answer = resolve)) } });
      return {
        arrived,
        release: (output?: unknown) => answer({ output }),
        fail: (error: ScriptedError) => answer({ error }),
      };
    },
    push(event: EventName, payload: unknown) {
      const parsed = events[event].safeParse(payload);
      if (!parsed.success)
        throw new Error(
          `The ${event} event pushed does not match the contract: ${describeIssues(parsed.error.issues)}`,
        );
      for (const listener of [...listeners]) listener({ name: event, payload: structuredClone(parsed.data) });
    },
    listenerCount: () => listeners.size,
    expectClean() {
      if (fake.violations.length)
        throw new Error(`The fake API drifted from the contract:\n${fake.violations.join('\n')}`);
    },
    reset() {
      overrides.clear();
      queues.clear();
      fake.calls.length = 0;
      fake.violations.length = 0;
      services = createServices();
    },
  });
  Object.defineProperty(fake, 'services', { get: () => services, enumerable: true });
  return fake;
}

/** Lets every answer already due arrive (the fake answers on a later turn, as IPC and HTTP do). */
export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
